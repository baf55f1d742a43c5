import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../enums';
import {
  makeRegisterCells,
  makeSupplementFeature,
  registerTsv,
  supplementCollection,
  type RegisterCells,
} from '../../../tests/fixtures/registerFixtures';
import { FIGURE_SOURCES } from './registerFigures';
import { buildRegisterImport } from './buildFacilityCollection';
import { jsonFileText } from './facilityFeature';

function runImport(register: readonly RegisterCells[], supplementFeatures: readonly unknown[]) {
  return buildRegisterImport({
    registerTsv: registerTsv(register),
    registerFile: 'nkpd-register-2026-10-01.tsv',
    supplement: supplementCollection(supplementFeatures),
    supplementFile: 'supplement.geojson',
    capturedAt: '2026-10-01',
  });
}

function propertiesOf(result: ReturnType<typeof runImport>) {
  return result.facilities.features.map((feature) => feature.properties);
}

const ENTITY_NAME = 'SYNTHETIC Onsong County MPS Detention Centre';
const entity = makeRegisterCells({ id: 'SYNTHETIC1', name: ENTITY_NAME, lat: '42', lon: '129.5' });

describe('buildRegisterImport', () => {
  it('writes the register capture and schema version on the collection', () => {
    const result = runImport([entity], []);
    expect(result.facilities).toMatchObject({
      type: 'FeatureCollection',
      schemaVersion: SCHEMA_VERSION,
      register: {
        name: 'North Korean Prison Database (Korea Future)',
        url: 'https://nkpd.io',
        capturedAt: '2026-10-01',
        entities: 1,
      },
    });
  });

  it('merges a supplement record into the entity its nkpd_sharedId names', () => {
    const record = makeSupplementFeature({ id: 'SYNTHETIC-s1', lon: 125, lat: 40, properties: { nkpd_sharedId: 'SYNTHETIC1' } });
    const result = runImport([entity], [record]);
    expect(propertiesOf(result).map((facility) => facility.id)).toEqual(['nkpd-SYNTHETIC1']);
    expect(result.summary).toMatchObject({ merged: 1, supplementOnly: 0 });
  });

  it('merges by the one NKPD entity the coordinate origin names', () => {
    const properties = { coord_origin: 'NKPD entity SYNTHETIC1 geolocation' };
    const record = makeSupplementFeature({ id: 'SYNTHETIC-s1', properties });
    expect(propertiesOf(runImport([entity], [record]))).toHaveLength(1);
  });

  it('merges by the one NKPD entity a source title names', () => {
    const title = "SYNTHETIC export, entity SYNTHETIC1 'x'";
    const sources = [{ url: 'https://example.org/SYNTHETIC/export', title, quote: 'q' }];
    const record = makeSupplementFeature({ id: 'SYNTHETIC-s1', lon: 126, properties: { sources } });
    expect(propertiesOf(runImport([entity], [record]))).toHaveLength(1);
  });

  it('merges by the same name within a kilometre', () => {
    const record = makeSupplementFeature({ id: 'SYNTHETIC-s1', lat: 42.005, properties: { name_en: ENTITY_NAME } });
    const [merged] = propertiesOf(runImport([entity], [record]));
    expect(merged?.notes?.[0]).toMatch(/^Merged with supplementary record SYNTHETIC-s1 \(matched by name, 556 m apart\)\.$/);
  });

  it('matches a name through an alias, whatever the case, spacing and hyphens', () => {
    const properties = { aliases: ['synthetic  Onsong County MPS detention-centre'] };
    const record = makeSupplementFeature({ id: 'SYNTHETIC-s1', properties });
    expect(runImport([entity], [record]).summary.merged).toBe(1);
  });

  it('does not merge the same name when the points are over a kilometre apart, and notes it on both', () => {
    const record = makeSupplementFeature({ id: 'SYNTHETIC-s1', lat: 42.02, properties: { name_en: entity.name } });
    const [registered, added] = propertiesOf(runImport([entity], [record]));
    expect(added?.id).toBe('SYNTHETIC-s1');
    expect(registered?.notes).toEqual([expect.stringContaining('not merged: 2.2 km apart')]);
    expect(added?.notes).toEqual([expect.stringContaining('register entity SYNTHETIC1')]);
  });

  it('does not merge a nearby record with another name', () => {
    const record = makeSupplementFeature({ id: 'SYNTHETIC-s1', lat: 42.001 });
    expect(runImport([entity], [record]).summary).toMatchObject({ merged: 0, supplementOnly: 1 });
  });

  it('keeps the sources of both, the register first', () => {
    const record = makeSupplementFeature({ id: 'SYNTHETIC-s1', properties: { nkpd_sharedId: 'SYNTHETIC1' } });
    const result = runImport([entity], [record]);
    const [merged] = propertiesOf(result);
    expect(merged?.sources).toEqual([
      expect.objectContaining({ sourceId: 'nkpd-register', locator: 'https://nkpd.io/en/entity/SYNTHETIC1' }),
      { sourceId: result.sources.sources[1]?.id, quote: 'SYNTHETIC quote SYNTHETIC-s1' },
    ]);
    expect(result.sources.sources.map((source) => source.url)).toEqual([
      'https://nkpd.io',
      'https://example.org/SYNTHETIC/SYNTHETIC-s1',
      ...FIGURE_SOURCES.map((source) => source.url),
    ]);
  });

  it("keeps the register's values, takes aliases and county from the supplement, and not its uncited Korean name", () => {
    const properties = {
      nkpd_sharedId: 'SYNTHETIC1',
      name_en: 'SYNTHETIC Camp',
      name_ko: '합성',
      aliases: ['SYNTHETIC alias'],
      county: 'Onsong',
      agency: 'MSS',
    };
    const [merged] = propertiesOf(runImport([entity], [makeSupplementFeature({ id: 'SYNTHETIC-s1', properties })]));
    expect(merged?.name).toEqual({ en: entity.name });
    expect(merged).toMatchObject({
      agency: "Ministry of People's Security",
      aliases: ['SYNTHETIC Camp', 'SYNTHETIC alias'],
      county: 'Onsong',
    });
  });

  it('notes coordinates more than 100 m apart with both values and the distance', () => {
    const record = makeSupplementFeature({ id: 'SYNTHETIC-s1', lat: 42.002, properties: { nkpd_sharedId: 'SYNTHETIC1' } });
    const [merged] = propertiesOf(runImport([entity], [record]));
    expect(merged?.notes).toContain(
      'Location: shown at lat 42, lon 129.5; supplementary record SYNTHETIC-s1 gives lat 42.002, lon 129.5 (222 m apart).',
    );
  });

  it('notes status, type and agency disagreements', () => {
    const properties = { nkpd_sharedId: 'SYNTHETIC1', status: 'active', facility_type: 'waiting_room', agency: 'MSS' };
    const [merged] = propertiesOf(runImport([entity], [makeSupplementFeature({ id: 'SYNTHETIC-s1', properties })]));
    expect(merged?.notes?.slice(1).map((note) => note.split(':')[0])).toEqual(['Type', 'Status', 'Agency']);
  });

  it("takes an approximate precision from the supplement and keeps its notes in its words", () => {
    const properties = { nkpd_sharedId: 'SYNTHETIC1', precision: 'approximate', notes: 'SYNTHETIC: sources disagree by 3 km.' };
    const [merged] = propertiesOf(runImport([entity], [makeSupplementFeature({ id: 'SYNTHETIC-s1', properties })]));
    expect(merged?.precision).toBe('approximate');
    expect(merged?.notes).toContain('Supplementary record SYNTHETIC-s1: SYNTHETIC: sources disagree by 3 km.');
  });

  it('locates an unlocated entity from its matched record', () => {
    const unlocated = makeRegisterCells({ id: 'SYNTHETIC1', lat: 'null', lon: 'null' });
    const record = makeSupplementFeature({ id: 'SYNTHETIC-s1', lon: 127, lat: 40, properties: { nkpd_sharedId: 'SYNTHETIC1' } });
    const result = runImport([unlocated], [record]);
    expect(result.facilities.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [127, 40] });
    expect(result.facilities.features[0]?.properties.precision).toBe('site');
  });

  it('adds a record whose nkpd_sharedId the register lacks, saying so', () => {
    const record = makeSupplementFeature({ id: 'SYNTHETIC-s1', lon: 126, properties: { nkpd_sharedId: 'SYNTHETIC9' } });
    const [, added] = propertiesOf(runImport([entity], [record]));
    expect(added?.notes).toContain('Names NKPD entity SYNTHETIC9, which this register capture does not hold.');
  });

  it('orders register entities as in the file, then supplement-only records as in theirs', () => {
    const register = [
      makeRegisterCells({ id: 'SYNTHETIC-b' }),
      makeRegisterCells({ id: 'SYNTHETIC-a', lat: 'null', lon: 'null' }),
    ];
    const supplement = [
      makeSupplementFeature({ id: 'SYNTHETIC-z', lon: 125 }),
      makeSupplementFeature({ id: 'SYNTHETIC-y', lon: 126 }),
    ];
    const ids = propertiesOf(runImport(register, supplement)).map((facility) => facility.id);
    expect(ids).toEqual(['nkpd-SYNTHETIC-b', 'nkpd-SYNTHETIC-a', 'SYNTHETIC-z', 'SYNTHETIC-y']);
  });

  it('gives byte-identical files for the same input', () => {
    const supplement = [makeSupplementFeature({ id: 'SYNTHETIC-s1', properties: { nkpd_sharedId: 'SYNTHETIC1' } })];
    const first = runImport([entity], supplement);
    const second = runImport([entity], supplement);
    expect(jsonFileText(second.facilities)).toBe(jsonFileText(first.facilities));
    expect(jsonFileText(second.sources)).toBe(jsonFileText(first.sources));
  });
});
