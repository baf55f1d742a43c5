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
export const PROVINCE_LABEL_LAYER = 'province-label';
export const PROVINCE_FILL_OPACITY = 0.35;
/**
 * The boundaries are UN OCHA's COD-AB under CC BY-IGO, which asks for this attribution wherever they are shown
 * (see the shared data README); a test keeps it equal to the bundled provinces.geojson's own.
 */
export const PROVINCE_ATTRIBUTION = 'UN OCHA, COD-AB (CC BY-IGO)';

export interface ProvinceProperties {
  name: string;
  pcode: string;
  /** Where the province's label stands: a point inside it, found once (turf's pointOnFeature is not cheap). */
  labelAt: [number, number];
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

/**
 * The province polygons, which do not change with the filters: the map is given them once, and the counts that
 * do change as feature-state (re-tiling every polygon on each filter change cost ~100 ms with 10,000 facilities).
 */
export function provinceShapes(provinces: readonly Province[]): FeatureCollection<Polygon | MultiPolygon, ProvinceProperties> {
  return {
    type: 'FeatureCollection',
    features: provinces.map((province) => {
      const shape = { type: 'Feature' as const, geometry: province.geometry, properties: {} };
      const [lon = 0, lat = 0] = pointOnFeature(shape).geometry.coordinates;
      return { ...shape, properties: { name: province.name, pcode: province.pcode, labelAt: [lon, lat] } };
    }),
  };
}

/** Unlocated facilities per province pcode (the shapes' feature id on the map), zero where there are none. */
export function unlocatedByPcode(shapes: FeatureCollection<Polygon | MultiPolygon, ProvinceProperties>, facilities: readonly Facility[]): Map<string, number> {
  const counts = unlocatedByProvince(facilities);
  return new Map(shapes.features.map(({ properties }) => [properties.pcode, counts.get(properties.name) ?? 0]));
}

/**
 * Whether two label collections are the same labels at the same points: a filter that leaves every province's
 * count as it was need not send the map new labels (each send re-lays them out in its worker, a frame more).
 */
export function sameLabels(a: FeatureCollection, b: FeatureCollection): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The provinces whose unlocated count differs between `previous` and `next`, with their new count. */
export function changedCounts(previous: ReadonlyMap<string, number>, next: ReadonlyMap<string, number>): [string, number][] {
  return [...next].filter(([pcode, count]) => previous.get(pcode) !== count);
}

/** The boundaries' source, carrying their attribution into the map's attribution control. */
export function provinceSource(provinces: FeatureCollection): GeoJSONSourceSpecification {
  return { type: 'geojson', data: provinces, attribution: PROVINCE_ATTRIBUTION, promoteId: 'pcode' };
}

/** One label point inside each province: its name in the reader's language and the unlocated count. */
export function provinceLabelFeatures(
  shapes: FeatureCollection<Polygon | MultiPolygon, ProvinceProperties>,
  unlocated: ReadonlyMap<string, number>,
  translateProvince: (registerName: string) => string,
): FeatureCollection<Point, { label: string }> {
  return {
    type: 'FeatureCollection',
    features: shapes.features.map(({ properties }) => {
      const name = translateProvince(registerNameFor(properties.name));
      const count = unlocated.get(properties.pcode) ?? 0;
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: properties.labelAt },
        properties: { label: count > 0 ? `${name}\n(${count})` : name },
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
        'fill-color': ['interpolate', ['linear'], ['coalesce', ['feature-state', 'unlocated'], 0], 0, '#3b4a52', 10, '#7a5c3a', 40, '#a8452f'],
        'fill-opacity': PROVINCE_FILL_OPACITY,
      },
    },
    { id: 'province-line', type: 'line', source: PROVINCE_SOURCE, paint: { 'line-color': '#c9d3d8', 'line-width': 0.8, 'line-opacity': 0.7 } },
    {
      id: PROVINCE_LABEL_LAYER,
      type: 'symbol',
      source: PROVINCE_LABEL_SOURCE,
      layout: { 'text-field': ['get', 'label'], 'text-size': 12, 'text-max-width': 12 },
      paint: { 'text-color': '#f4f1e8', 'text-halo-color': '#111111', 'text-halo-width': 1.4 },
    },
  ];
}
