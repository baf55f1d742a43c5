import { describe, expect, it } from 'vitest';
import { makeSupplementFeature, supplementCollection } from '../../../tests/fixtures/registerFixtures';
import { MalformedInputError } from './importIssue';
import { parseSupplement } from './supplement';

describe('parseSupplement', () => {
  it('reads a record with its location from the geometry', () => {
    const collection = supplementCollection([makeSupplementFeature({ id: 'SYNTHETIC-s1', lon: 127, lat: 40 })]);
    const { records } = parseSupplement(collection, 's');
    expect(records[0]).toMatchObject({ id: 'SYNTHETIC-s1', location: [127, 40], aliases: [] });
  });

  it('leaves out empty and null optional text', () => {
    const { records } = parseSupplement(supplementCollection([makeSupplementFeature({ id: 'SYNTHETIC-s1' })]), 's');
    expect(records[0]).not.toHaveProperty('nameKo');
    expect(records[0]).not.toHaveProperty('notes');
  });

  it('reports and skips a record without a point', () => {
    const feature = { ...makeSupplementFeature({ id: 'SYNTHETIC-s1' }), geometry: null };
    const { records, issues } = parseSupplement(supplementCollection([feature]), 's.geojson');
    expect(records).toEqual([]);
    expect(issues).toEqual([
      {
        file: 's.geojson',
        where: 'feature #0',
        message: 'SYNTHETIC-s1 has no Point geometry with finite coordinates; skipped',
        skipped: true,
      },
    ]);
  });

  it('reports and skips a record whose point is not on Earth, naming it and saying when the axes look swapped', () => {
    const swapped = makeSupplementFeature({ id: 'SYNTHETIC-swapped', lon: 42, lat: 129.5 });
    const offEarth = makeSupplementFeature({ id: 'SYNTHETIC-off', lon: 200, lat: 40 });
    const { records, issues } = parseSupplement(supplementCollection([swapped, offEarth]), 's.geojson');
    expect(records).toEqual([]);
    expect(issues.map((issue) => issue.message)).toEqual([
      "SYNTHETIC-swapped's point [42, 129.5] is not on Earth (longitude and latitude look swapped: GeoJSON writes [longitude, latitude]); skipped",
      "SYNTHETIC-off's point [200, 40] is not on Earth; skipped",
    ]);
  });

  it('reports and skips a record without any cited URL', () => {
    const feature = makeSupplementFeature({ id: 'SYNTHETIC-s1', properties: { sources: [{ title: 'no url' }] } });
    expect(parseSupplement(supplementCollection([feature]), 's').issues[0]?.message).toContain('no source with a url');
  });

  it('throws MalformedInputError for anything but a FeatureCollection', () => {
    expect(() => parseSupplement({ type: 'Feature' }, 's.geojson')).toThrow(MalformedInputError);
  });
});
