import { describe, expect, it } from 'vitest';
import { collection, rawFile, source, sourcesFile, violation } from '../../../tests/fixtures/datasetFactory';
import { HOUSE, MARKET, matchedFacilities, MEDIUM_USED, nkdbCapture } from '../../../tests/fixtures/nkdbCapture';
import { loadDataset } from '../loadDataset';
import { jsonFileText } from '../register/facilityFeature';
import { buildNkdbImport, type NkdbImportInput } from './buildNkdbImport';

type Properties = Record<string, unknown> & { id: string; facilityId: string };
const features = (file: Record<string, unknown>) => file.features as { geometry: unknown; properties: Properties }[];

function runImport(overrides: Partial<NkdbImportInput> = {}) {
  return buildNkdbImport({ ...nkdbCapture(), facilities: matchedFacilities(), provinces: [], ...overrides });
}

const result = runImport();
const violations = features(result.violations).map((feature) => feature.properties);
const violation0001 = violations.find((properties) => properties.id === 'nkdb-E00-S-0001');

describe('NKDB import: matched places', () => {
  it('makes an incident at a high match a public facility-level violation citing NKDB by case number', () => {
    expect(features(result.violations).find((feature) => feature.properties.id === 'nkdb-E00-S-0001')?.geometry).toBeNull();
    expect(violation0001).toEqual({
      id: 'nkdb-E00-S-0001',
      facilityId: 'SYNTHETIC-camp',
      category: 'death',
      date: { from: '1990', to: '1999', precision: 'decade' },
      summary: { en: 'Incident recorded by NKDB (case E00-S-0001): Right to Life.', ko: 'NKDB가 기록한 사건 (사례 E00-S-0001): 생명권.' },
      placement: 'facility_only',
      visibility: 'public',
      sources: [
        {
          sourceId: 'nkdb-visualatlas',
          locator: 'E00-S-0001',
          fields: {
            place: 'SYNTHETIC PPC No. 1, SYNTHETIC County, North Hamgyong Province',
            location: 'SYNTHETIC-high',
            match: 'high: SYNTHETIC name+number; points 90 m apart',
          },
        },
      ],
      classification: {
        scheme: 'nkdb-visualatlas',
        codes: { rights: ['saengmyeonggweon', 'sabeobjeog-jibhaeng', 'gonggae-ceohyeong'], perpetrator: ['jeongbugigwan', 'guggabowibu-gyeongcal'], decade: ['1990nyeondae'] },
      },
    });
  });

  it('uses a medium match as reviewed, with our basis; a rejected, unreviewed or low one not at all', () => {
    const atMedium = violations.filter((properties) => (properties.sources as { fields: { location: string } }[])[0]?.fields.location === MEDIUM_USED);
    expect(atMedium.map((properties) => properties.facilityId)).toEqual(['SYNTHETIC-ltc', 'SYNTHETIC-ltc']);
    expect((atMedium[0]?.sources as { fields: { match: string } }[])[0]?.fields.match).toMatch(/^medium \(reviewed\): Onsong County labour training unit/);
    expect(result.report.leftOut).toMatchObject({ rejected_match: 1, unreviewed_match: 1, low_match: 1 });
    expect(violations.map((properties) => properties.id)).not.toContain('nkdb-E00-S-0005');
  });

  it('ties an incident at a merged facility to the survivor, and leaves out one whose facility is gone', () => {
    expect(violations.find((properties) => properties.id === 'nkdb-E00-S-0008')?.facilityId).toBe('SYNTHETIC-survivor');
    expect(result.report.leftOut.missing_facility).toBe(1);
  });

  it('dates a decade as its range and "more verification required" or no decade as unknown', () => {
    const dates = Object.fromEntries(violations.map((properties) => [properties.id, properties.date]));
    expect(dates['nkdb-E00-S-0002']).toEqual({ precision: 'unknown' });
    expect(dates['nkdb-E00-S-0002-2']).toEqual({ precision: 'unknown' });
    expect(dates['nkdb-E00-S-0010']).toEqual({ from: '2000', to: '2009', precision: 'decade' });
  });
});

describe('NKDB import: case ids', () => {
  it('gives repeated, several and empty case numbers ids of their own and lists them in the report', () => {
    expect(violations.map((properties) => properties.id)).toEqual(expect.arrayContaining(['nkdb-E00-S-0002', 'nkdb-E00-S-0002-2', 'nkdb-E00-S-0003_E00-S-0004', 'nkdb-no-case']));
    expect(result.report.idIssues).toEqual([
      { id: 'nkdb-E00-S-0002', sourceRecordId: 'E00-S-0002', issues: ['duplicate'] },
      { id: 'nkdb-E00-S-0002-2', sourceRecordId: 'E00-S-0002', issues: ['duplicate'] },
      { id: 'nkdb-E00-S-0003_E00-S-0004', sourceRecordId: 'E00-S-0003, E00-S-0004', issues: ['several'] },
      { id: 'nkdb-no-case', sourceRecordId: '', issues: ['empty'] },
    ]);
  });
});

describe('NKDB import: places never imported', () => {
  it('leaves out houses, unidentified and other places, places abroad and incidents without a place, counting each reason', () => {
    expect(result.report).toMatchObject({ records: 20, imported: { high: 4, medium: 2, added: 3 } });
    expect(result.report.leftOut).toEqual({
      low_match: 1,
      missing_facility: 1,
      no_location: 1,
      other_place: 1,
      outside_north_korea: 2,
      private_house: 1,
      rejected_match: 1,
      unidentified_place: 1,
      unknown_place: 1,
      unreviewed_match: 1,
    });
  });

  it('writes no coordinate of an excluded place into any file', () => {
    const written = [result.facilities, result.violations, result.sources].map((file) => jsonFileText(file)).join('');
    for (const { lat, lng } of [HOUSE, MARKET]) {
      for (const value of [lat, lng]) expect(written).not.toContain(String(value).slice(0, 7));
    }
  });
});

describe('NKDB import: places the register lacks', () => {
  const added = features(result.facilities).filter((feature) => feature.properties.id.startsWith('nkdb-place-'));

  it("adds one facility per place, NKDB's second entry of a name joining the first", () => {
    expect(added.map((feature) => feature.properties.id)).toEqual(['nkdb-place-hamgyeongbugdo-SYNTHETIC-bowibu', 'nkdb-place-yanggangdo-SYNTHETIC-nodongdanryeondae-cujeong']);
    expect(violations.filter((properties) => properties.facilityId === 'nkdb-place-hamgyeongbugdo-SYNTHETIC-bowibu')).toHaveLength(2);
    expect(result.report.facilitiesAdded).toBe(2);
  });

  it("takes the name from NKDB's label, the type from the kind of place, the agency the label names, and NKDB's point as approximate", () => {
    expect(added[0]).toMatchObject({
      geometry: { type: 'Point', coordinates: [129.611111, 42.511111] },
      properties: {
        name: { en: 'MSS, SYNTHETIC County, North Hamgyong Province' },
        type: 'office',
        agency: 'Ministry of State Security',
        province: 'North Hamgyong',
        precision: 'approximate',
        aliases: ['County MSS, SYNTHETIC County, North Hamgyong Province'],
        sources: [{ sourceId: 'nkdb-visualatlas', locator: 'hamgyeongbugdo-SYNTHETIC-bowibu' }, { sourceId: 'nkdb-visualatlas', locator: 'hamgyeongbugdo-SYNTHETIC-bowibu-1' }],
      },
    });
  });

  it('keeps a place whose point another place shares (here a victim’s house) on its province only, marked unconfirmed as NKDB does', () => {
    expect(added[1]?.geometry).toBeNull();
    expect(added[1]?.properties).toMatchObject({ precision: 'province', province: 'Ryanggang', type: 'labour_training_centre', confirmation: { status: 'unconfirmed' } });
    expect((added[1]?.properties.notes as string[])[1]).toMatch(/^NKDB's point for this place is not used: another place NKDB records lies within 100 m/);
  });
});

describe('NKDB import: the dataset files', () => {
  const onsong = violation({ id: 'onsong-SYNTHETIC', facilityId: 'SYNTHETIC-camp', placement: 'facility_only', roomId: undefined }, null);
  const otherReport = { sourceId: 'SYNTHETIC-other-import', capturedAt: '2026', records: 1, imported: {}, leftOut: {}, facilitiesAdded: 0, idIssues: [] };
  const existing = { violations: collection([onsong], { imports: [otherReport] }), sources: sourcesFile([source()]) };

  it('keeps every record it did not write, and writes the same files when run on its own output', () => {
    const first = runImport(existing);
    expect(features(first.violations)[0]?.properties.id).toBe('onsong-SYNTHETIC');
    expect((first.violations.imports as { sourceId: string }[]).map((report) => report.sourceId)).toEqual(['SYNTHETIC-other-import', 'nkdb-visualatlas']);
    expect((first.sources.sources as { id: string }[]).map((entry) => entry.id)).toEqual(['SYNTHETIC-source', 'nkdb-visualatlas']);
    expect(features(first.facilities).slice(0, 3)).toEqual(features(matchedFacilities()));
    const second = runImport({ facilities: first.facilities, violations: first.violations, sources: first.sources });
    for (const file of ['facilities', 'violations', 'sources'] as const) expect(jsonFileText(second[file])).toBe(jsonFileText(first[file]));
  });

  it('writes files the loader reads without a problem, with the report', () => {
    const written = runImport(existing);
    const { dataset, problems } = loadDataset(
      (['facilities', 'violations', 'sources'] as const).map((name) => rawFile(name === 'sources' ? 'sources.json' : `${name}.geojson`, written[name])),
    );
    expect(problems).toEqual([]);
    expect(dataset.imports?.map((report) => report.sourceId)).toEqual(['SYNTHETIC-other-import', 'nkdb-visualatlas']);
    expect(dataset.violations).toHaveLength(10);
  });
});
