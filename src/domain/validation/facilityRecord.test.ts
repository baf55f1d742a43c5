import { describe, expect, it } from 'vitest';
import { collection, facility, point, rawFile } from '../../../tests/fixtures/datasetFactory';
import { onlyProblem, summaries } from '../../../tests/fixtures/problemQueries';
import { loadFile } from '../loadDataset';

function loadFacilities(value: unknown) {
  const { records, problems } = loadFile(rawFile('facilities.geojson', value), 'facilities');
  return { facilities: records.facilities ?? [], problems };
}

describe('facility records', () => {
  it('turns a feature into a Facility with its point as location', () => {
    const { facilities, problems } = loadFacilities(collection([facility()]));
    expect(problems).toEqual([]);
    expect(facilities[0]).toMatchObject({ id: 'SYNTHETIC-facility', type: 'detention_centre', location: [129.5, 42] });
  });

  it('keeps loading the other facilities when one is broken', () => {
    const features = [facility({ id: 'SYNTHETIC-1' }), facility({ id: 'SYNTHETIC-2', type: 'prison' }), facility({ id: 'SYNTHETIC-3' })];
    expect(loadFacilities(collection(features)).facilities.map((record) => record.id)).toEqual(['SYNTHETIC-1', 'SYNTHETIC-3']);
  });

  it('reports an overflowing number (1e999) naming the feature', () => {
    const text = JSON.stringify(collection([facility({ id: 'SYNTHETIC-big' }, point([123456.5, 42]))])).replace('123456.5', '1e999');
    const { records, problems } = loadFile({ path: 'facilities.geojson', text }, 'facilities');
    expect(records.facilities).toEqual([]);
    expect(summaries(problems)).toEqual(['error number.nonFinite SYNTHETIC-big']);
  });

  it('reports a coordinate written as text, with a hint to drop the quotes', () => {
    const { problems } = loadFacilities(collection([facility({}, { type: 'Point', coordinates: ['129.9', 42] })]));
    expect(onlyProblem(problems, 'number.notNumber').hint).toContain('129.9, not "129.9"');
  });

  it('rejects a null geometry on a facility located to a site', () => {
    const { facilities, problems } = loadFacilities(collection([facility({ precision: 'site' }, null)]));
    expect(facilities).toEqual([]);
    expect(summaries(problems)).toEqual(['error geometry.null SYNTHETIC-facility']);
  });

  it('rejects a null geometry on an approximately located facility', () => {
    expect(summaries(loadFacilities(collection([facility({ precision: 'approximate' }, null)])).problems)).toEqual([
      'error geometry.null SYNTHETIC-facility',
    ]);
  });

  it('accepts a null geometry when only the province is known', () => {
    const { facilities, problems } = loadFacilities(collection([facility({ precision: 'province' }, null)]));
    expect(problems).toEqual([]);
    expect(facilities[0]?.location).toBeNull();
  });

  it('rejects a geometry other than a point', () => {
    const line = { type: 'LineString', coordinates: [[129.5, 42], [129.6, 42]] };
    expect(summaries(loadFacilities(collection([facility({}, line)])).problems)).toEqual(['error geometry.wrongType SYNTHETIC-facility']);
  });

  it('rejects a feature that is not valid GeoJSON', () => {
    const notAFeature = { type: 'Feature', geometry: point(), properties: { id: 'SYNTHETIC-x' }, bbox: 'everywhere' };
    expect(summaries(loadFacilities(collection([notAFeature])).problems)).toEqual(['error geojson.invalid SYNTHETIC-x']);
  });

  it('rejects a file that is not a FeatureCollection', () => {
    expect(summaries(loadFacilities([facility()]).problems)).toEqual(['error geojson.invalid -']);
  });

  it('requires an English name', () => {
    const { problems } = loadFacilities(collection([facility({ name: { ko: '합성' } })]));
    expect(onlyProblem(problems, 'field.missing').message).toContain('name.en');
  });

  it('requires at least one source', () => {
    expect(summaries(loadFacilities(collection([facility({ sources: [] })])).problems)).toEqual(['error source.missing SYNTHETIC-facility']);
  });

  it('requires an id', () => {
    const { problems } = loadFacilities(collection([facility({ id: undefined })]));
    expect(summaries(problems)).toEqual(['error id.missing #0']);
  });

  it('rejects the second of two facilities with one id', () => {
    const { facilities, problems } = loadFacilities(collection([facility(), facility({ agency: 'SYNTHETIC other' })]));
    expect(facilities).toHaveLength(1);
    expect(summaries(problems)).toEqual(['error id.duplicate SYNTHETIC-facility']);
  });

  it.each([
    ['type', 'prison'],
    ['status', 'open'],
    ['precision', 'exact'],
  ])('rejects a %s outside its enumeration', (field, value) => {
    const { problems } = loadFacilities(collection([facility({ [field]: value })]));
    expect(onlyProblem(problems, 'enum.invalid').message).toContain(`"${field}"`);
  });

  it('suggests the enumeration value a near miss meant', () => {
    const { problems } = loadFacilities(collection([facility({ type: 'Detention Centre' })]));
    expect(onlyProblem(problems, 'enum.invalid').hint).toBe('Did you mean "detention_centre"?');
  });

  it('keeps unknown extra properties out of the record without complaint', () => {
    const { facilities, problems } = loadFacilities(collection([facility({ SYNTHETIC_extra: 1 })]));
    expect(problems).toEqual([]);
    expect(facilities[0]).not.toHaveProperty('SYNTHETIC_extra');
  });

  it('treats null in an optional field as absent', () => {
    const { facilities, problems } = loadFacilities(collection([facility({ name: { en: 'SYNTHETIC', ko: null }, county: null })]));
    expect(problems).toEqual([]);
    expect(facilities[0]?.name).toEqual({ en: 'SYNTHETIC' });
  });

  it('reads the register member of the file', () => {
    const register = { name: 'SYNTHETIC register', url: 'https://example.org', capturedAt: '2026-10-01', entities: 1 };
    const { records } = loadFile(rawFile('facilities.geojson', collection([facility()], { register })), 'facilities');
    expect(records.register).toEqual(register);
  });

  it('reports a file with a newer schema version and loads nothing from it', () => {
    const { facilities, problems } = loadFacilities(collection([facility()], { schemaVersion: 3 }));
    expect(facilities).toEqual([]);
    expect(summaries(problems)).toEqual(['error schema.version -']);
  });

  it('warns when the schema version is missing, and still loads', () => {
    const { facilities, problems } = loadFacilities(collection([facility()], { schemaVersion: undefined }));
    expect(facilities).toHaveLength(1);
    expect(summaries(problems)).toEqual(['warning schema.version.missing -']);
  });
});
