import { describe, expect, it } from 'vitest';
import { building, fixture, opening, planFile, rawFile, room, site } from '../../../tests/fixtures/datasetFactory';
import { onlyProblem, summaries } from '../../../tests/fixtures/problemQueries';
import { loadFile } from '../loadDataset';

function loadPlan(features: readonly unknown[]) {
  const { records, problems } = loadFile(rawFile('plans/SYNTHETIC-facility.geojson', planFile(features)), 'plan');
  return { features: records.plans?.[0]?.features ?? [], problems };
}

describe('plan feature records', () => {
  it('types each kind of feature', () => {
    const { features, problems } = loadPlan([site(), building(), room(), opening(), fixture()]);
    expect(problems).toEqual([]);
    expect(features.map((feature) => feature.kind)).toEqual(['site', 'building', 'room', 'opening', 'fixture']);
  });

  it.each([
    ['kind', 'tower', building],
    ['confidence', 'certain', building],
    ['use', 'dungeon', room],
    ['openingType', 'gate', opening],
    ['fixtureType', 'bed', fixture],
  ] as const)('rejects a %s outside its enumeration', (field, value, make) => {
    expect(onlyProblem(loadPlan([building(), room(), make({ [field]: value })]).problems, 'enum.invalid').message).toContain(`"${field}"`);
  });

  it('rejects a height written as text, with a hint to drop the quotes', () => {
    const { problems } = loadPlan([building({ heightM: '3' })]);
    expect(onlyProblem(problems, 'number.notNumber').hint).toBe('Write it as a number, without quotes: 3.');
  });

  it('drops a room whose level is written as text', () => {
    const { features, problems } = loadPlan([building(), room({ level: '0' })]);
    expect(features.map((feature) => feature.kind)).toEqual(['building']);
    expect(summaries(problems)).toEqual(['error number.notNumber SYNTHETIC-room-a']);
  });

  it('keeps a building whose optional height is unusable, without the height', () => {
    const { features } = loadPlan([building({ heightM: '3' })]);
    expect(features[0]).not.toHaveProperty('heightM');
  });

  it('rejects an illustrative feature without sources and without a basis', () => {
    expect(summaries(loadPlan([building({ confidence: 'illustrative', sources: [] })]).problems)).toEqual([
      'error basis.missing SYNTHETIC-building',
    ]);
  });

  it('accepts an illustrative feature without sources when it gives its basis', () => {
    const { features, problems } = loadPlan([building({ confidence: 'illustrative', sources: [], basis: 'SYNTHETIC: typical layout' })]);
    expect(problems).toEqual([]);
    expect(features[0]).toMatchObject({ basis: 'SYNTHETIC: typical layout' });
  });

  it('rejects a sourced-confidence feature without sources', () => {
    expect(summaries(loadPlan([building({ sources: [] })]).problems)).toEqual(['error source.missing SYNTHETIC-building']);
  });

  it('rejects the second of two features with one id', () => {
    expect(summaries(loadPlan([building(), building()]).problems)).toEqual(['error id.duplicate SYNTHETIC-building']);
  });

  it('rejects a plan that does not name its facility', () => {
    const { records, problems } = loadFile(rawFile('plans/x.geojson', { ...planFile([building()]), facilityId: undefined }), 'plan');
    expect(records.plans).toBeUndefined();
    expect(summaries(problems)).toEqual(['error field.missing -']);
  });

  it('warns when the file name does not match the facility', () => {
    const { problems } = loadFile(rawFile('plans/SYNTHETIC-other.geojson', planFile([building()])), 'plan');
    expect(summaries(problems)).toEqual(['warning plan.fileName -']);
  });
});
