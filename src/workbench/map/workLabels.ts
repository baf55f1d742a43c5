/**
 * Labels on the traced shapes, as Placemark shows them: each feature's name (or its id while unnamed) at its
 * centre, with a polygon's area beneath; and the facility's own point, so an empty work still shows where the
 * facility is. Drawn by maplibre's symbol layer (glyphs rendered locally, no glyph server).
 */
import { centroid } from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { shapeMeasures } from '../../domain/geo/shapeMeasures';
import { localText } from '../../domain/localText';
import type { Facility } from '../../domain/types';
import type { FacilityWork } from '../../domain/workbench/workTypes';

export const LABEL_SOURCE = 'work-labels';
export const FACILITY_SOURCE = 'work-facility';

/** Square metres to show: whole metres, or one decimal below 10 m². */
export const formatArea = (squareMetres: number) => (squareMetres < 10 ? squareMetres.toFixed(1) : String(Math.round(squareMetres)));

export function workLabels(work: FacilityWork, language: string): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const feature of work.features) {
    if (feature.geometry.type === 'Point') continue;
    const name = localText(feature.name, language).trim() || feature.id;
    const measures = shapeMeasures(feature.geometry);
    const label = measures?.areaM2 === undefined ? name : `${name}\n${formatArea(measures.areaM2)} m²`;
    try {
      features.push({ type: 'Feature', geometry: centroid(feature.geometry).geometry, properties: { label, kind: feature.kind } });
    } catch {
      // A shape with no coordinates yet has no centre: it gets no label (the problem list names it).
    }
  }
  return { type: 'FeatureCollection', features };
}

export function facilityPoint(facility: Facility, language: string): FeatureCollection<Point> {
  if (!facility.location) return { type: 'FeatureCollection', features: [] };
  return { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [...facility.location] }, properties: { label: localText(facility.name, language) } }] };
}

/** The facility's point (under everything traced) and the shapes' labels (over them). */
export function facilityLayers(): LayerSpecification[] {
  return [
    { id: 'work-facility-ring', type: 'circle', source: FACILITY_SOURCE, paint: { 'circle-radius': 9, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 } },
    { id: 'work-facility-dot', type: 'circle', source: FACILITY_SOURCE, paint: { 'circle-radius': 3, 'circle-color': '#e63946' } },
    {
      id: 'work-facility-label',
      type: 'symbol',
      source: FACILITY_SOURCE,
      layout: { 'text-field': ['get', 'label'], 'text-size': 12, 'text-offset': [0, 1.4], 'text-anchor': 'top', 'text-max-width': 14 },
      paint: { 'text-color': '#ffffff', 'text-halo-color': '#111111', 'text-halo-width': 1.5 },
    },
  ];
}

export function labelLayer(): LayerSpecification {
  return {
    id: 'work-labels',
    type: 'symbol',
    source: LABEL_SOURCE,
    layout: { 'text-field': ['get', 'label'], 'text-size': 12, 'text-max-width': 10, 'text-allow-overlap': false },
    paint: { 'text-color': '#ffffff', 'text-halo-color': '#111111', 'text-halo-width': 1.5 },
  };
}
