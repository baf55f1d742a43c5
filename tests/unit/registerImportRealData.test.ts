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
import { LINKED_PLACES } from '../../src/domain/register/linkedPlaces';
import { KOREAN_NAMES } from '../../src/domain/register/koreanNames';
import { REVIEWED_MATCHES } from '../../src/domain/register/matchSupplement';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// SHARED_DATA names the folder when it is not ../shared/data beside the project (e.g. in a git worktree).
const SHARED_DATA = process.env.SHARED_DATA ?? resolve(PROJECT_ROOT, '../shared/data');
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

  const provincesFile = provincesFromOcha(JSON.parse(readShared(PROVINCES_FILE)), 'provinces');
  const provinces = provincesFile.features.map(({ properties, geometry }) => ({ name: properties.name, pcode: properties.pcode, geometry }));

  function runImport() {
    return buildRegisterImport({
      provinces,
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
  const byId = (id: string) => features.find((feature) => feature.properties.id === id)?.properties;

  it('reads all 245 register rows without an issue', () => {
    expect(result.issues).toEqual([]);
    expect(result.facilities.register.entities).toBe(245);
    expect(registerFeatures).toHaveLength(245);
  });

  it('leaves the 142 register entities without coordinates unlocated but the 2 a supplement record locates', () => {
    const unlocated = registerFeatures.filter((feature) => feature.geometry === null);
    expect(unlocated).toHaveLength(140);
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
    const figureSources = (result.facilities.register.figures ?? []).map((figure) => figure.sourceId);
    const cited = [...features.flatMap((feature) => feature.properties.sources.map((ref) => ref.sourceId)), ...figureSources];
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

  it('merges 98 supplement records (two by a reviewed match) and adds the other 15 as their own facilities', () => {
    expect(result.summary).toMatchObject({ facilities: 260, merged: 98, supplementOnly: 15 });
    expect(features.slice(245).every((feature) => feature.properties.nkpdId === undefined)).toBe(true);
    for (const [recordId, { nkpdId }] of Object.entries(REVIEWED_MATCHES)) {
      expect(byId(recordId), recordId).toBeUndefined();
      const merged = byId(`nkpd-${nkpdId}`);
      expect(merged?.notes?.[0]).toContain(`Merged with supplementary record ${recordId} (matched by a reviewed match`);
      expect(merged?.sources[0]?.sourceId).toBe('nkpd-register');
      expect(merged?.sources.length).toBeGreaterThan(1);
    }
  });

  it("gives merged Kangdong the register's agency, not the supplement's, and notes where the two disagree", () => {
    const kangdong = byId('nkpd-9ibqacs221c');
    expect(kangdong?.agency).toBe("Ministry of People's Security");
    expect(kangdong?.sources[0]?.fields?.agency).toBe("Ministry of People's Security");
    expect(kangdong?.notes).toContain('Status: the register says unknown; supplementary record kyohwaso-4-kangdong says "active".');
  });

  it('shows an agency only where a cited source gives one: "" where none does', () => {
    const unsourced = features.filter((feature) => feature.properties.agency === '').map((feature) => feature.properties.id);
    expect(unsourced).toEqual(expect.arrayContaining(['kyohwaso-3-sinuiju', 'suspected-facility-i-gol', 'sunchon-kyohwaso']));
    for (const feature of features.filter((candidate) => candidate.properties.nkpdId === undefined && candidate.properties.agency !== '')) {
      // Supplement-only facilities with an agency are the kwalliso: the State Department's report or HRNK names the MSS.
      const quotes = feature.properties.sources.map((ref) => ref.quote ?? '').join(' ');
      expect(quotes, feature.properties.id).toMatch(/Ministry of State Security|State Security Department/);
    }
  });

  it("keeps the three entities the supplement dropped, with the register's provinces and a doubtful point saying why", () => {
    const doubtful = features.filter((feature) => feature.properties.locationDoubt).map((feature) => feature.properties.id);
    expect(doubtful).toEqual(['nkpd-ufk31lmq2r8', 'nkpd-s4hxcgrw6c', 'nkpd-e03clgitvpt']);
    expect(doubtful.map((id) => byId(id)?.province)).toEqual(['North Hamgyong', 'Ryanggang', 'North Hamgyong']);
    const copied = byId('nkpd-ufk31lmq2r8')?.locationDoubt?.reason;
    expect(copied?.en).toContain('lists this facility in North Hamgyong, but its point lies in Ryanggang, 44 m from the Ryanggang Provincial MSS Detention Centre (nkpd-q7wig0pfj8p): the point was probably copied');
    expect(copied?.ko).toContain('량강도');
    expect(byId('nkpd-s4hxcgrw6c')?.locationDoubt?.reason.en).toContain('Musan County');
    expect(byId('nkpd-e03clgitvpt')?.locationDoubt?.reason.en).toContain('88 m outside its boundary');
  });

  it('marks the register entities that are not places of detention as linked places, by the reviewed table', () => {
    const linked = features.filter((feature) => feature.properties.role === 'linked');
    expect(linked.map((feature) => feature.properties.nkpdId).sort()).toEqual(Object.keys(LINKED_PLACES).sort());
    expect(byId('nkpd-deh0lebdkom')).toMatchObject({ role: 'linked', linkedKind: 'hospital' });
    expect(byId('nkpd-4m49ccrwd9l')).toMatchObject({ role: 'linked', linkedKind: 'workplace' });
    expect(byId('nkpd-coffksdq4li')).toMatchObject({ role: 'linked', linkedKind: 'court' });
    expect(features.length - linked.length).toBe(252);
  });

  it("cites every register entity by its fields, and quotes only the supplement's words", () => {
    for (const feature of registerFeatures) {
      const ref = feature.properties.sources[0];
      expect(ref?.quote, feature.properties.id).toBeUndefined();
      expect(ref?.fields?.type, feature.properties.id).toBeTruthy();
    }
    const quotes = features.flatMap((feature) => feature.properties.sources.flatMap((ref) => ref.quote ?? []));
    expect(quotes.filter((quote) => /^\s*"[^"]+":|<coordinates>|^Type: /.test(quote))).toEqual([]);
  });

  it('marks the sites HRNK says are not yet confirmed as unconfirmed, citing the map', () => {
    const unconfirmed = features.filter((feature) => feature.properties.confirmation?.status === 'unconfirmed');
    expect(unconfirmed.map((feature) => feature.properties.id)).toEqual(
      expect.arrayContaining(['kyohwaso-3-sinuiju', 'nkpd-wq03pl8wg5p', 'kyohwaso-77-tanchon', 'suspected-facility-i-gol']),
    );
    expect(unconfirmed).toHaveLength(11);
    for (const feature of unconfirmed) expect(feature.properties.confirmation?.sourceId).toBe('github-com-hrnk-camps-kml-04ac3d85');
  });

  it('gives a Korean name only where a source is cited for it, with the name as a field', () => {
    const named = features.filter((feature) => feature.properties.name.ko);
    expect(named.map((feature) => feature.properties.id).sort()).toEqual(Object.keys(KOREAN_NAMES).sort());
    for (const feature of named) {
      const citation = feature.properties.sources.find((ref) => ref.fields?.['name.ko'] === feature.properties.name.ko);
      expect(citation?.quote, feature.properties.id).toContain(feature.properties.name.ko);
    }
  });

  it("agrees with the supplement's uncited Korean names wherever it gives one", () => {
    const records = supplementJson.features.map((feature) => feature.properties as { id: string; nkpd_sharedId?: string; name_ko?: string });
    for (const record of records.filter((candidate) => candidate.name_ko)) {
      const facility = byId(record.id) ?? features.find((feature) => feature.properties.notes?.some((note) => note.startsWith(`Merged with supplementary record ${record.id} `)))?.properties;
      expect(facility?.name.ko, record.id).toBe(record.name_ko);
    }
  });

  it("says what the register is: a third party's capture of NKPD's API, with Korea Future's published figures", () => {
    const register = result.sources.sources.find((source) => source.id === 'nkpd-register');
    expect(register).toMatchObject({ publisher: 'Korea Future', capture: { at: '2026-10-01T16:20:28Z', path: 'data/raw/nkpd/facilities.json' } });
    expect(register?.capture?.commit).toMatch(/^b094dd6/);
    expect(register?.note?.en).toContain('re-checked on nkpd.io');
    expect(result.facilities.register.figures?.map((figure) => figure.count)).toEqual([148, 206]);
    const hrnkMap = result.sources.sources.find((source) => source.id === 'github-com-hrnk-camps-kml-04ac3d85');
    expect(hrnkMap?.publisher).toBeUndefined();
    expect(hrnkMap?.capture?.repository).toBe('https://github.com/Ahmet-Dedeler/free-north-korea');
  });

  it('gives identical JSON when run twice', () => {
    const again = runImport();
    expect(jsonFileText(again.facilities)).toBe(jsonFileText(result.facilities));
    expect(jsonFileText(again.sources)).toBe(jsonFileText(result.sources));
  });

  it('matches the files written in data/geojson (re-run npm run import:register if this fails)', () => {
    const written = (name: string) => readFileSync(resolve(PROJECT_ROOT, 'data/geojson', name), 'utf8');
    expect(written('facilities.geojson')).toBe(jsonFileText(result.facilities));
    expect(written('sources.json')).toBe(jsonFileText(result.sources));
    expect(written('provinces.geojson')).toBe(jsonFileText(provincesFile));
  });
});
