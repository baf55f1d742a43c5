/**
 * The places of the shared NKDB capture that must never be published: houses, places NKDB does not identify,
 * other non-penal places and places abroad, each with its point as locations.json writes it. Undefined when the
 * shared data is not beside the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sharedDataFolder, PROJECT_ROOT } from '../../../scripts/data/sharedData';
import { loadFile } from '../../../src/domain/loadDataset';
import { buildNkdbImport } from '../../../src/domain/nkdb/buildNkdbImport';
import type { LeaveOutReason } from '../../../src/domain/nkdb/placeDecisions';
import type { SearchedPoint } from './coordinateSearch';

export const NEVER_PUBLISHED: readonly LeaveOutReason[] = ['private_house', 'unidentified_place', 'other_place', 'outside_north_korea'];

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

export function captureFolder(): string | undefined {
  const shared = sharedDataFolder();
  const folder = shared && join(shared, 'nkdb-visualatlas');
  return folder && existsSync(join(folder, 'locations.json')) ? folder : undefined;
}

export function excludedPlaces(folder: string): (SearchedPoint & { reason: LeaveOutReason })[] {
  const data = resolve(PROJECT_ROOT, 'data/geojson');
  const locations = readJson(join(folder, 'locations.json')) as { slug: string; label: string; lat: number; lng: number }[];
  const provinces = loadFile({ path: 'provinces.geojson', text: readFileSync(join(data, 'provinces.geojson'), 'utf8') }, 'provinces');
  const { details } = buildNkdbImport({
    incidents: readJson(join(folder, 'incidents.json')),
    locations,
    candidatesTsv: readFileSync(join(folder, 'match-candidates.tsv'), 'utf8'),
    facilities: readJson(join(data, 'facilities.geojson')),
    provinces: provinces.records.provinces ?? [],
  });
  return locations.flatMap((location) => {
    const decision = details.decisions.get(location.slug);
    if (!decision || decision.use || !NEVER_PUBLISHED.includes(decision.reason)) return [];
    return [{ label: location.label, lat: location.lat, lng: location.lng, reason: decision.reason }];
  });
}
