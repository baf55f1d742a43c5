/**
 * The data the baseline map pages (pages/bareMap, pages/leafletMap) are served beside them, made from the same
 * files the app draws: the located facilities as points, the offline basemap, the provinces and one label
 * point in each (found here, once, as the app finds them).
 */
import { readFileSync } from 'node:fs';
import { pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { StaticFiles } from './benchSupport';

interface FacilityFeature {
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: { id: string; name: { en: string }; type: string; precision: string };
}

/** The located facilities of a facilities file, as the points a baseline page draws. */
export function facilityPoints(facilitiesText: string): FeatureCollection {
  const { features } = JSON.parse(facilitiesText) as { features: FacilityFeature[] };
  return {
    type: 'FeatureCollection',
    features: features.flatMap(({ geometry, properties }) =>
      geometry === null
        ? []
        : [{ type: 'Feature', geometry, properties: { id: properties.id, name: properties.name.en, type: properties.type, precision: properties.precision, icon: 'marker' } }],
    ),
  };
}

/** /points.geojson, /basemap.geojson, /provinces.geojson and /province-labels.geojson for `facilitiesText`. */
export function mapPageData(facilitiesText: string): StaticFiles {
  const provincesText = readFileSync('data/geojson/provinces.geojson', 'utf8');
  const provinces = JSON.parse(provincesText) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const labels: FeatureCollection = {
    type: 'FeatureCollection',
    features: provinces.features.map((province: Feature<Polygon | MultiPolygon, { name: string }>) => ({
      type: 'Feature',
      geometry: pointOnFeature(province).geometry,
      properties: { label: province.properties.name },
    })),
  };
  const json = (value: unknown): [string, string] => ['application/json', JSON.stringify(value)];
  return {
    '/points.geojson': json(facilityPoints(facilitiesText)),
    '/basemap.geojson': ['application/json', readFileSync('data/basemap/korea-region.geojson', 'utf8')],
    '/provinces.geojson': ['application/json', provincesText],
    '/province-labels.geojson': json(labels),
  };
}
