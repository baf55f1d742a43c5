/**
 * Provinces with the number of facilities known only by province, as a choropleth with count labels.
 * Register names map to boundary names through the alias table (Chagang→Jagang, Rason→North Hamgyong).
 */
import { pointOnFeature } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import { boundaryNameFor, registerNameFor } from '../../domain/provinceNames';
import type { Facility, Province } from '../../domain/types';

export const PROVINCE_SOURCE = 'provinces';
export const PROVINCE_LABEL_SOURCE = 'province-labels';
export const PROVINCE_FILL_LAYER = 'province-fill';
export const PROVINCE_FILL_OPACITY = 0.35;
/**
 * The boundaries are UN OCHA's COD-AB under CC BY-IGO, which asks for this attribution wherever they are shown
 * (see the shared data README); a test keeps it equal to the bundled provinces.geojson's own.
 */
export const PROVINCE_ATTRIBUTION = 'UN OCHA, COD-AB (CC BY-IGO)';

export interface ProvinceProperties {
  name: string;
  pcode: string;
  unlocated: number;
}

/** Unlocated facilities per boundary name. */
export function unlocatedByProvince(facilities: readonly Facility[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const facility of facilities) {
    if (facility.location !== null) continue;
    const name = boundaryNameFor(facility.province);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

export function provinceFeatures(
  provinces: readonly Province[],
  facilities: readonly Facility[],
): FeatureCollection<Polygon | MultiPolygon, ProvinceProperties> {
  const counts = unlocatedByProvince(facilities);
  return {
    type: 'FeatureCollection',
    features: provinces.map((province) => ({
      type: 'Feature',
      geometry: province.geometry,
      properties: { name: province.name, pcode: province.pcode, unlocated: counts.get(province.name) ?? 0 },
    })),
  };
}

/** The boundaries' source, carrying their attribution into the map's attribution control. */
export function provinceSource(provinces: FeatureCollection): GeoJSONSourceSpecification {
  return { type: 'geojson', data: provinces, attribution: PROVINCE_ATTRIBUTION };
}

/** One label point inside each province: its name in the reader's language and the unlocated count. */
export function provinceLabelFeatures(
  provinces: FeatureCollection<Polygon | MultiPolygon, ProvinceProperties>,
  translateProvince: (registerName: string) => string,
): FeatureCollection<Point, { label: string }> {
  return {
    type: 'FeatureCollection',
    features: provinces.features.map((province) => {
      const name = translateProvince(registerNameFor(province.properties.name));
      const unlocated = province.properties.unlocated;
      return {
        type: 'Feature',
        geometry: pointOnFeature(province).geometry,
        properties: { label: unlocated > 0 ? `${name}\n(${unlocated})` : name },
      };
    }),
  };
}

export function provinceLayers(): LayerSpecification[] {
  return [
    {
      id: PROVINCE_FILL_LAYER,
      type: 'fill',
      source: PROVINCE_SOURCE,
      paint: {
        'fill-color': ['interpolate', ['linear'], ['get', 'unlocated'], 0, '#3b4a52', 10, '#7a5c3a', 40, '#a8452f'],
        'fill-opacity': PROVINCE_FILL_OPACITY,
      },
    },
    { id: 'province-line', type: 'line', source: PROVINCE_SOURCE, paint: { 'line-color': '#c9d3d8', 'line-width': 0.8, 'line-opacity': 0.7 } },
    {
      id: 'province-label',
      type: 'symbol',
      source: PROVINCE_LABEL_SOURCE,
      layout: { 'text-field': ['get', 'label'], 'text-size': 12, 'text-max-width': 12 },
      paint: { 'text-color': '#f4f1e8', 'text-halo-color': '#111111', 'text-halo-width': 1.4 },
    },
  ];
}
