/** Facilities as a clustered GeoJSON source and the layers that draw it: pure, from records to specs. */
import type { FeatureCollection, Point } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { Facility } from '../../domain/types';
import { markerImageName } from './typeStyles';

export const FACILITY_SOURCE = 'facilities';
export const FACILITY_POINT_LAYER = 'facility-points';
export const FACILITY_CLUSTER_LAYER = 'facility-clusters';
export const FACILITY_SELECTED_LAYER = 'facility-selected';
/** Above this zoom no point is clustered, so a selected facility is always drawn on its own. */
export const CLUSTER_MAX_ZOOM = 9;

export interface FacilityPointProperties {
  id: string;
  name: string;
  type: string;
  precision: string;
  icon: string;
  /** Violations passing the evidence filters (0 draws no ring: see violationLayers). */
  violations: number;
}

export function displayName(facility: Facility, language: string): string {
  return language === 'ko' && facility.name.ko ? facility.name.ko : facility.name.en;
}

/** Located facilities only: those known by province alone are counted on the province layer instead. */
export function facilityFeatures(
  facilities: readonly Facility[],
  language: string,
  violationsOf: (facilityId: string) => number = () => 0,
): FeatureCollection<Point, FacilityPointProperties> {
  return {
    type: 'FeatureCollection',
    features: facilities.flatMap((facility) =>
      facility.location === null
        ? []
        : [
            {
              type: 'Feature' as const,
              geometry: { type: 'Point' as const, coordinates: [...facility.location] },
              properties: {
                id: facility.id,
                name: displayName(facility, language),
                type: facility.type,
                precision: facility.precision,
                icon: markerImageName(facility.type, facility.precision),
                violations: violationsOf(facility.id),
              },
            },
          ],
    ),
  };
}

export function selectedFilter(facilityId: string | null): ['==', ['get', 'id'], string] {
  return ['==', ['get', 'id'], facilityId ?? ''];
}

export function facilityLayers(selectedId: string | null): LayerSpecification[] {
  return [
    {
      id: FACILITY_CLUSTER_LAYER,
      type: 'circle',
      source: FACILITY_SOURCE,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': '#f4f1e8',
        'circle-opacity': 0.92,
        'circle-stroke-color': '#8a1c1c',
        'circle-stroke-width': 2,
        'circle-radius': ['step', ['get', 'point_count'], 13, 10, 17, 50, 23],
      },
    },
    {
      id: 'facility-cluster-count',
      type: 'symbol',
      source: FACILITY_SOURCE,
      filter: ['has', 'point_count'],
      layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-size': 13, 'text-allow-overlap': true },
      paint: { 'text-color': '#1d1f21' },
    },
    {
      id: FACILITY_SELECTED_LAYER,
      type: 'circle',
      source: FACILITY_SOURCE,
      filter: selectedFilter(selectedId),
      paint: { 'circle-radius': 16, 'circle-color': 'rgba(255,255,255,0.25)', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 3 },
    },
    {
      id: FACILITY_POINT_LAYER,
      type: 'symbol',
      source: FACILITY_SOURCE,
      filter: ['!', ['has', 'point_count']],
      layout: { 'icon-image': ['get', 'icon'], 'icon-allow-overlap': true, 'icon-ignore-placement': true },
    },
  ];
}
