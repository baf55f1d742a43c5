/**
 * The register import on the real shared reference data (../shared/data beside the project): the figures the data
 * README states, every citation resolving, the supplement's NKPD records merged, and the written files current.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildRegisterImport } from '../../src/domain/register/buildFacilityCollection';
import { isGeneratedSource } from '../../src/domain/register/keptSources';
import { jsonFileText } from '../../src/domain/register/facilityFeature';
import { provincesFromOcha } from '../../src/domain/register/provincesFromOcha';
import { NKDB_FACILITY_PREFIX } from '../../src/domain/nkdb/nkdbPlaces';
import { sharedDataFolder } from '../../scripts/data/sharedData';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED_DATA = sharedDataFolder() ?? resolve(PROJECT_ROOT, '../shared/data');
const REGISTER_FILE = 'nkpd-register-2026-10-01.tsv';
const SUPPLEMENT_FILE = 'public-facilities.geojson';
const PROVINCES_FILE = 'provinces-ocha-cod-ab.geojson';
/** The shared data sits beside a working copy; a clone elsewhere (CI may clone anywhere) skips these tests, saying why. */
const SHARED_PRESENT = [REGISTER_FILE, SUPPLEMENT_FILE, PROVINCES_FILE].every((name) => existsSync(resolve(SHARED_DATA, name)));


function readShared(name: string): string {
  return readFileSync(resolve(SHARED_DATA, name), 'utf8');
}

function countBy(values: readonly string[]): Record<string, number> {
  return values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {});
}

describe('register import on the shared data', () => {
  if (!SHARED_PRESENT) {
    it.skip(`needs the shared reference data at ${SHARED_DATA} (absent on this machine)`, () => {});
    return;
  }
  const supplementJson = JSON.parse(readShared(SUPPLEMENT_FILE)) as {
    features: { properties: { id: string; nkpd_sharedId?: string } }[];
  };

  function runImport() {
    return buildRegisterImport({
      registerTsv: readShared(REGISTER_FILE),
      registerFile: REGISTER_FILE,
      supplement: supplementJson,
      supplementFile: SUPPLEMENT_FILE,
      capturedAt: '2026-10-01',
      // As the script does: the hand-added sources (Onsong reconstruction) in the written file are kept.
      existingSources: JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'data/geojson/sources.json'), 'utf8')),
    });
  }

  const result = runImport();
  const features = result.facilities.features;
  const registerFeatures = features.filter((feature) => feature.properties.nkpdId !== undefined);

  it('reads all 245 register rows without an issue', () => {
    expect(result.issues).toEqual([]);
    expect(result.facilities.register.entities).toBe(245);
    expect(registerFeatures).toHaveLength(245);
  });

  it('leaves the 142 register entities without coordinates unlocated, at province precision', () => {
    const unlocated = registerFeatures.filter((feature) => feature.geometry === null);
    expect(unlocated).toHaveLength(142);
    expect(new Set(unlocated.map((feature) => feature.properties.precision))).toEqual(new Set(['province']));
  });

  it("counts the register's types as the data README does", () => {
    expect(countBy(registerFeatures.map((feature) => feature.properties.sourceText?.type ?? '?'))).toEqual({
      'Detention Centre': 73,
      Office: 67,
      'Labour Training Centre': 28,
      'Waiting Room': 23,
      Other: 15,
      'Holding Centre': 13,
      'Re-education Camp': 10,
      'Labour Training Camp': 7,
      'Kkotjebi Relief Station': 4,
      'Closed Detention Facility': 3,
      'Political Prison Camp': 2,
    });
  });

  it('maps every register type to its own enum value', () => {
    expect(registerFeatures.filter((feature) => feature.properties.type === 'other')).toHaveLength(15);
  });

  it('gives every facility a source that resolves, and generates no source nobody cites', () => {
    const sourceIds = new Set(result.sources.sources.filter(isGeneratedSource).map((source) => source.id));
    const cited = features.flatMap((feature) => feature.properties.sources.map((ref) => ref.sourceId));
    expect(features.filter((feature) => feature.properties.sources.length === 0)).toEqual([]);
    expect(cited.filter((id) => !sourceIds.has(id))).toEqual([]);
    expect([...sourceIds].filter((id) => !cited.includes(id))).toEqual([]);
  });

  it('merges all 88 supplement records that carry nkpd_sharedId into their entity', () => {
    const carrying = supplementJson.features.map((feature) => feature.properties).filter((record) => record.nkpd_sharedId);
    expect(carrying).toHaveLength(88);
    const byId = new Map(features.map((feature) => [feature.properties.id, feature.properties]));
    const unmerged = carrying.filter((record) => {
      const note = `Merged with supplementary record ${record.id} (matched by its NKPD entity id).`;
      return byId.has(record.id) || !byId.get(`nkpd-${record.nkpd_sharedId}`)?.notes?.includes(note);
    });
    expect(unmerged).toEqual([]);
  });

  it('merges 96 supplement records and adds the other 17 as their own facilities', () => {
    expect(result.summary).toMatchObject({ facilities: 262, merged: 96, supplementOnly: 17 });
    expect(features.slice(245).every((feature) => feature.properties.nkpdId === undefined)).toBe(true);
  });

  it("keeps the three entities the supplement dropped, with the register's stated provinces", () => {
    const provinces = ['ufk31lmq2r8', 's4hxcgrw6c', 'e03clgitvpt'].map(
      (id) => features.find((feature) => feature.properties.id === `nkpd-${id}`)?.properties.province,
    );
    expect(provinces).toEqual(['North Hamgyong', 'Ryanggang', 'North Hamgyong']);
  });

  it('gives identical JSON when run twice', () => {
    const again = runImport();
    expect(jsonFileText(again.facilities)).toBe(jsonFileText(result.facilities));
    expect(jsonFileText(again.sources)).toBe(jsonFileText(result.sources));
  });

  it('matches the files written in data/geojson (re-run npm run import:register, build:onsong, import:nkdb if this fails)', () => {
    const written = (name: string) => readFileSync(resolve(PROJECT_ROOT, 'data/geojson', name), 'utf8');
    const provinces = provincesFromOcha(JSON.parse(readShared(PROVINCES_FILE)), 'provinces');
    // npm run import:nkdb adds facilities of its own after the register's; the rest is the register import's output.
    const facilities = JSON.parse(written('facilities.geojson')) as typeof result.facilities;
    const registerOnly = { ...facilities, features: facilities.features.filter((feature) => !feature.properties.id.startsWith(NKDB_FACILITY_PREFIX)) };
    expect(jsonFileText(registerOnly)).toBe(jsonFileText(result.facilities));
    expect(written('sources.json')).toBe(jsonFileText(result.sources));
    expect(written('provinces.geojson')).toBe(jsonFileText(provinces));
  });
});
