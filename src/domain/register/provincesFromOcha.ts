/**
 * provinces.geojson from OCHA's COD-AB admin-1 file (see the shared data README): geometry unchanged, properties
 * trimmed to {name, pcode, areaSqKm} with the source's names kept as published (Jagang stays Jagang; the alias
 * table in provinceNames.ts maps register names onto them).
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Source } from '../types';
import { MalformedInputError } from './importIssue';
import { CAPTURE_BY, CAPTURE_COMMIT, CAPTURE_REPOSITORY } from './registerSources';

export interface ProvinceProperties {
  name: string;
  pcode: string;
  areaSqKm?: number;
}

export interface ProvincesFile extends FeatureCollection<ProvinceFeature['geometry'], ProvinceProperties> {
  name: string;
  attribution: string;
  license: string;
  sources: Source[];
}

export const PROVINCE_SOURCES: readonly Source[] = [
  {
    id: 'ocha-cod-ab-prk',
    kind: 'database',
    title:
      "Democratic People's Republic of Korea - Subnational Administrative Boundaries (COD-AB), admin level 1 (HDX)",
    publisher: 'OCHA ROAP',
    visibility: 'public',
  },
  {
    id: 'free-north-korea-admin1',
    kind: 'database',
    title:
      'COD-AB admin-1 boundaries, simplified (~8%), as archived in GitHub repo Ahmet-Dedeler/free-north-korea ' +
      'data/raw/admin/admin1.geojson @ b094dd6',
    url:
      'https://github.com/Ahmet-Dedeler/free-north-korea/blob/b094dd6babb26424f8a4f8b3b99bbc7f1f30de09/' +
      'data/raw/admin/admin1.geojson',
    publisher: 'OCHA ROAP',
    license: 'CC BY-IGO',
    capture: {
      by: CAPTURE_BY,
      at: 'unknown',
      method: 'simplified to ~8% with shapes kept, fields trimmed',
      repository: CAPTURE_REPOSITORY,
      commit: CAPTURE_COMMIT,
      path: 'data/raw/admin/admin1.geojson',
    },
    visibility: 'public',
  },
];

type ProvinceFeature = Feature<Polygon | MultiPolygon, ProvinceProperties>;

function provinceFeature(feature: unknown, index: number, file: string): ProvinceFeature {
  const { properties, geometry } = (feature ?? {}) as {
    properties?: Record<string, unknown>;
    geometry?: { type?: unknown };
  };
  const name = properties?.adm1_name;
  const pcode = properties?.adm1_pcode;
  const area = properties?.area_sqkm;
  if (typeof name !== 'string' || typeof pcode !== 'string') {
    throw new MalformedInputError(`${file}: feature #${index} lacks adm1_name or adm1_pcode`);
  }
  if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') {
    throw new MalformedInputError(`${file}: feature #${index} (${name}) is not a Polygon or MultiPolygon`);
  }
  return {
    type: 'Feature',
    properties: { name, pcode, ...(typeof area === 'number' && Number.isFinite(area) ? { areaSqKm: area } : {}) },
    geometry: geometry as Polygon | MultiPolygon,
  };
}

/** Throws MalformedInputError when the file is not a FeatureCollection of named admin-1 polygons. */
export function provincesFromOcha(json: unknown, file: string): ProvincesFile {
  const collection = (json ?? {}) as { type?: unknown; features?: unknown };
  if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new MalformedInputError(`${file}: not a GeoJSON FeatureCollection`);
  }
  return {
    type: 'FeatureCollection',
    name: "North Korea's provinces (admin-1), UN OCHA COD-AB, simplified",
    attribution: 'UN OCHA, COD-AB',
    license: 'CC BY-IGO',
    sources: [...PROVINCE_SOURCES],
    features: collection.features.map((feature: unknown, index) => provinceFeature(feature, index, file)),
  };
}
