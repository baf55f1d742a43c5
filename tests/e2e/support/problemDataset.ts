/**
 * A dataset for the "problems found while loading" panel. SYNTHETIC facilities stand at a point inside their
 * bundled province polygon (so they raise no warning); one SYNTHETIC facility has a type outside the contract (an
 * error, and it is left out); one SYNTHETIC source has a javascript: address (a warning). The bundled Onsong
 * record and the bundled sources come along unchanged, so the bundled plan and Onsong's violations (served with
 * bundledViolationsOf), which cite them, still resolve and add no problem of their own.
 */
import { readFileSync } from 'node:fs';
import { pointOnFeature } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export const ONSONG_ID = 'nkpd-pe7q4z9cv8';
export const BROKEN_ID = 'SYNTHETIC-broken';
export const BROKEN_TYPE = 'SYNTHETIC-unknown-type';
export const BAD_URL = 'javascript:alert(1)';
export const BAD_URL_SOURCE = 'SYNTHETIC-source-script-address';
const SOURCE_ID = 'SYNTHETIC-source';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const provinces = (read('data/geojson/provinces.geojson') as { features: Feature<Polygon | MultiPolygon, { name: string }>[] }).features;

/** A point inside the bundled polygon of the boundary (COD-AB) name. */
function inside(boundaryName: string): [number, number] {
  const province = provinces.find((feature) => feature.properties.name === boundaryName);
  if (!province) throw new Error(`no province ${boundaryName} in the bundled boundaries`);
  return pointOnFeature(province).geometry.coordinates as [number, number];
}

function facility(id: string, type: string, province: string, location: [number, number] | null, sourceId = SOURCE_ID) {
  return {
    type: 'Feature',
    geometry: location ? { type: 'Point', coordinates: location } : null,
    properties: {
      id,
      name: { en: `${id} facility` },
      type,
      agency: 'SYNTHETIC agency',
      province,
      status: 'unknown',
      precision: location ? 'site' : 'province',
      sources: [{ sourceId, locator: `SYNTHETIC row ${id}` }],
    },
  };
}

interface FacilityFeature {
  geometry: unknown;
  properties: { id: string; name: { en: string } };
}

const onsong = (read('data/geojson/facilities.geojson') as { features: FacilityFeature[] }).features.find(
  (feature) => feature.properties.id === ONSONG_ID,
);
if (!onsong) throw new Error(`${ONSONG_ID} is not in the bundled facilities`);

/** The facilities that load: the bundled Onsong record and five SYNTHETIC ones (three located, two by province). */
export const VALID_FACILITIES: FacilityFeature[] = [
  onsong,
  facility('SYNTHETIC-north-hamgyong', 'waiting_room', 'North Hamgyong', inside('North Hamgyong')),
  facility('SYNTHETIC-ryanggang', 'holding_centre', 'Ryanggang', inside('Ryanggang'), BAD_URL_SOURCE),
  facility('SYNTHETIC-chagang', 'office', 'Chagang', inside('Jagang')),
  facility('SYNTHETIC-chagang-unlocated', 'detention_centre', 'Chagang', null),
  facility('SYNTHETIC-rason-unlocated', 'detention_centre', 'Rason', null),
];

export function problemFacilitiesFile(): string {
  const broken = facility(BROKEN_ID, BROKEN_TYPE, 'South Pyongan', inside('South Pyongan'));
  return JSON.stringify({ type: 'FeatureCollection', schemaVersion: 1, features: [...VALID_FACILITIES, broken] });
}

export function problemSourcesFile(): string {
  const bundled = read('data/geojson/sources.json') as { schemaVersion: number; sources: unknown[] };
  return JSON.stringify({
    ...bundled,
    sources: [
      ...bundled.sources,
      { id: SOURCE_ID, kind: 'database', title: 'SYNTHETIC test source', visibility: 'public' },
      { id: BAD_URL_SOURCE, kind: 'article', title: 'SYNTHETIC article with a script address', url: BAD_URL, visibility: 'public' },
    ],
  });
}
