import { describe, expect, it } from 'vitest';
import { collection, facility, planFile, provincesFile, sourcesFile, violation } from '../../../tests/fixtures/datasetFactory';
import { detectKind } from './detectKind';

describe('detectKind', () => {
  it.each([
    ['facilities', collection([facility()])],
    ['violations', collection([violation()])],
    ['plan', planFile()],
    ['provinces', provincesFile()],
    ['sources', sourcesFile()],
  ])('recognises %s by content, whatever the file is called', (kind, value) => {
    expect(detectKind('SYNTHETIC.json', value)).toBe(kind);
  });

  it("recognises OCHA's own province fields", () => {
    expect(detectKind('x.geojson', collection([{ type: 'Feature', geometry: null, properties: { adm1_pcode: 'KP01' } }]))).toBe('provinces');
  });

  it('recognises provinces that carry a list of their own sources', () => {
    expect(detectKind('x.geojson', { ...provincesFile(), sources: [] })).toBe('provinces');
  });

  it('falls back to the file name when the content does not say', () => {
    expect(detectKind('some/where/plans/SYNTHETIC.geojson', collection([]))).toBe('plan');
  });

  it('falls back to the file name when the file did not parse', () => {
    expect(detectKind('data/violations.geojson', undefined)).toBe('violations');
  });

  it('gives up when neither content nor name says', () => {
    expect(detectKind('SYNTHETIC.geojson', collection([]))).toBeNull();
  });
});
