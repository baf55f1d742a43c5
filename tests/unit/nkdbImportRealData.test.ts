/**
 * The NKDB import on the shared capture (../shared/data/nkdb-visualatlas): every incident accounted for, the counts
 * per facility equal to the capture's counts for the matched places, NKDB's vocabulary complete, no excluded place's
 * point in the dataset, and the written files current.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/data/sharedData';
import { NKDB_VOCABULARY, nkdbEntry, type NkdbFacet } from '../../src/domain/classification/nkdbVisualAtlas';
import { loadDataset, loadFile } from '../../src/domain/loadDataset';
import { buildNkdbImport } from '../../src/domain/nkdb/buildNkdbImport';
import { jsonFileText } from '../../src/domain/register/facilityFeature';
import { coordinatesIn, indexCoordinates } from '../e2e/support/coordinateSearch';
import { captureFolder, excludedPlaces } from '../e2e/support/excludedPlaces';

const DATA = resolve(PROJECT_ROOT, 'data/geojson');
const written = (name: string) => readFileSync(join(DATA, name), 'utf8');
const folder = captureFolder();

describe('NKDB import on the shared capture', () => {
  if (!folder) {
    it.skip('needs the shared NKDB capture in ../shared/data/nkdb-visualatlas (absent on this machine)', () => {});
    return;
  }
  const capture = JSON.parse(readFileSync(join(folder, 'incidents.json'), 'utf8')) as {
    labels: Record<NkdbFacet, Record<string, string>>;
    incidents: Record<NkdbFacet | 'location', string[]>[];
  };
  const locations = JSON.parse(readFileSync(join(folder, 'locations.json'), 'utf8')) as { slug: string; count: number }[];
  const provinces = loadFile({ path: 'provinces.geojson', text: written('provinces.geojson') }, 'provinces').records.provinces ?? [];
  const result = buildNkdbImport({
    incidents: capture,
    locations,
    candidatesTsv: readFileSync(join(folder, 'match-candidates.tsv'), 'utf8'),
    facilities: JSON.parse(written('facilities.geojson')),
    violations: JSON.parse(written('violations.geojson')),
    sources: JSON.parse(written('sources.json')),
    provinces,
  });
  const violations = (result.violations.features as { properties: { id: string; facilityId: string } }[])
    .map((feature) => feature.properties)
    .filter((properties) => properties.id.startsWith('nkdb-'));

  it('accounts for every incident: imported, or left out under a reason', () => {
    const imported = Object.values(result.report.imported).reduce((sum, count) => sum + count, 0);
    const leftOut = Object.values(result.report.leftOut).reduce((sum, count) => sum + count, 0);
    expect(result.report.records).toBe(3636);
    expect(imported + leftOut).toBe(3636);
    expect(violations).toHaveLength(imported);
    expect(result.report.leftOut.no_location).toBe(387);
    expect(result.report.imported.high).toBe(1737);
  });

  it("gives each facility as many violations as the capture counts at the places matched to it", () => {
    const expected = new Map<string, number>();
    for (const location of locations) {
      const decision = result.details.decisions.get(location.slug);
      if (decision?.use) expected.set(decision.facilityId, (expected.get(decision.facilityId) ?? 0) + location.count);
    }
    const actual = new Map<string, number>();
    for (const violation of violations) actual.set(violation.facilityId, (actual.get(violation.facilityId) ?? 0) + 1);
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
    expect(actual.get('nkpd-pfbkfpqvule')).toBe(300);
  });

  it("knows every code the capture uses, with NKDB's own English label wherever the capture has one", () => {
    for (const facet of Object.keys(NKDB_VOCABULARY) as NkdbFacet[]) {
      const used = new Set(capture.incidents.flatMap((incident) => incident[facet]));
      expect([...used].filter((code) => !nkdbEntry(facet, code)), facet).toEqual([]);
      for (const [code, label] of Object.entries(capture.labels[facet])) {
        expect(nkdbEntry(facet, code), `${facet} ${code}`).toMatchObject({ en: label.trim(), labelBy: 'nkdb' });
      }
      const ours = NKDB_VOCABULARY[facet].filter((entry) => entry.labelBy === 'nkdb').map((entry) => entry.code);
      expect(ours.sort(), facet).toEqual(Object.keys(capture.labels[facet]).sort());
    }
  });

  it('puts no point of a house, another non-penal place or a place abroad into the dataset', () => {
    const places = excludedPlaces(folder);
    const index = indexCoordinates(['facilities.geojson', 'violations.geojson', 'sources.json'].map(written).join('\n'));
    expect(places.flatMap((place) => coordinatesIn(index, place).map((form) => `${place.label} (${form})`))).toEqual([]);
  });

  it('matches the files written in data/geojson, which load without errors (re-run npm run import:nkdb if this fails)', () => {
    expect(written('facilities.geojson')).toBe(jsonFileText(result.facilities));
    expect(written('violations.geojson')).toBe(jsonFileText(result.violations));
    expect(written('sources.json')).toBe(jsonFileText(result.sources));
    const files = ['facilities.geojson', 'violations.geojson', 'sources.json', 'provinces.geojson'].map((path) => ({ path, text: written(path) }));
    expect(loadDataset(files).problems.filter((problem) => problem.level === 'error')).toEqual([]);
  });
});
