import { describe, expect, it } from 'vitest';
import { collection, rawFile, violation } from '../../../tests/fixtures/datasetFactory';
import { summaries } from '../../../tests/fixtures/problemQueries';
import { loadFile } from '../loadDataset';

function loadViolations(value: unknown) {
  const { records, problems } = loadFile(rawFile('violations.geojson', value), 'violations');
  return { violations: records.violations ?? [], problems };
}

describe('violation records', () => {
  it('accepts a null geometry: only the facility may be known', () => {
    const { violations, problems } = loadViolations(collection([violation({ roomId: undefined, placement: 'facility_only' }, null)]));
    expect(problems).toEqual([]);
    expect(violations[0]?.location).toBeNull();
  });

  it.each([
    ['category', 'cruelty'],
    ['placement', 'guess'],
    ['visibility', 'hidden'],
  ])('rejects a %s outside its enumeration', (field, value) => {
    expect(summaries(loadViolations(collection([violation({ [field]: value })])).problems)).toEqual([
      'error enum.invalid SYNTHETIC-violation',
    ]);
  });

  it('requires at least one source', () => {
    expect(summaries(loadViolations(collection([violation({ sources: [] })])).problems)).toEqual(['error source.missing SYNTHETIC-violation']);
  });

  it('rejects a date range that runs backwards', () => {
    expect(summaries(loadViolations(collection([violation({ date: { from: '2020-02', to: '2019' } })])).problems)).toEqual([
      'error date.invalid SYNTHETIC-violation',
    ]);
  });

  it('accepts an unknown date written as {}', () => {
    expect(loadViolations(collection([violation({ date: {} })])).problems).toEqual([]);
  });
});
