/**
 * What the first view's geography image draws, in the live map's layer order and paint: the basemap's land (North
 * Korea lighter), coast and borders (basemapStyle), then the provinces tinted by their unlocated facilities and
 * outlined (provinceLayers, with feature-state `unlocated` as MapController sets it).
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { ProvinceProperties } from '../../../src/map/layers/provinceLayers';
import { PROVINCE_FILL_OPACITY } from '../../../src/map/layers/provinceLayers';
import type { Shape } from './firstViewGeography';

/** province-fill's colour stops: unlocated count → colour, interpolated linearly in RGB as maplibre does. */
const FILL_STOPS: [number, string][] = [
  [0, '#3b4a52'],
  [10, '#7a5c3a'],
  [40, '#a8452f'],
];

const rgb = (hex: string) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));

/** The province's fill colour for its unlocated count. */
export function provinceFill(count: number): string {
  const upper = FILL_STOPS.findIndex(([stop]) => stop >= count);
  if (upper <= 0) return (upper === 0 ? FILL_STOPS[0] : FILL_STOPS[FILL_STOPS.length - 1])?.[1] ?? '#000000';
  const [[low, from], [high, to]] = [FILL_STOPS[upper - 1], FILL_STOPS[upper]] as [[number, string], [number, string]];
  const t = (count - low) / (high - low);
  const [a, b] = [rgb(from), rgb(to)];
  return `rgb(${a.map((value, index) => Math.round((value + ((b[index] ?? 0) - value) * t) * 10) / 10).join(',')})`;
}

type BasemapFeature = { properties: { layer: string; iso?: string }; geometry: Polygon | MultiPolygon | MultiLineString };

export function geographyShapes(basemapPath: string, provinces: FeatureCollection<Polygon | MultiPolygon, ProvinceProperties>, unlocated: ReadonlyMap<string, number>): Shape[] {
  const basemap = JSON.parse(readFileSync(basemapPath, 'utf8')) as { features: BasemapFeature[] };
  const layer = (name: string) => basemap.features.filter((feature) => feature.properties.layer === name);
  return [
    ...layer('country').map(({ properties, geometry }) => ({ geometry, paint: { fill: properties.iso === '408' ? '#2b3a3f' : '#1e272c' } })),
    ...layer('coast').map(({ geometry }) => ({ geometry, paint: { stroke: '#6f8b99', width: 0.9 } })),
    ...layer('border').map(({ geometry }) => ({ geometry, paint: { stroke: '#d9b46b', width: 1.6, dash: '4.8 3.2' } })),
    ...provinces.features.map(({ geometry, properties }, index) => ({ id: `p${index}`, geometry, paint: { fill: provinceFill(unlocated.get(properties.pcode) ?? 0), fillOpacity: PROVINCE_FILL_OPACITY } })),
    ...provinces.features.map(({ geometry }, index) => ({ id: `p${index}`, geometry, paint: { stroke: '#c9d3d8', width: 0.8, opacity: 0.7 } })),
  ];
}
