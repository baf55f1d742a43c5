/** Facilities as a clustered GeoJSON source and the layers that draw it: pure, from records to specs. */
import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { pointStanding } from '../../domain/pointStanding';
import type { Facility } from '../../domain/types';
import { DOUBTFUL_BADGE, IMPORTED_BADGE, LINKED_MARKER, UNCONFIRMED_BADGE } from '../icons/rasterBadges';
import { markerImageName } from './typeStyles';
import { localText } from '../../domain/localText';

export const FACILITY_SOURCE = 'facilities';
export const FACILITY_POINT_LAYER = 'facility-points';
export const FACILITY_CLUSTER_LAYER = 'facility-clusters';
export const FACILITY_SELECTED_LAYER = 'facility-selected';
/** Badges over a marker: a doubtful point's "!", an unconfirmed site's "?", a facility imported on this device. */
export const FACILITY_DOUBT_LAYER = 'facility-doubt-badges';
export const FACILITY_UNCONFIRMED_LAYER = 'facility-unconfirmed-badges';
export const FACILITY_IMPORTED_LAYER = 'facility-imported-badges';
/** Above this zoom no point is clustered, so a selected facility is always drawn on its own. */
export const CLUSTER_MAX_ZOOM = 9;
/** A doubtful point's marker is faded to this opacity (the legend draws it the same). */
export const DOUBTFUL_MARKER_OPACITY = 0.6;

/**
 * What maplibre is given of each located facility: only what its layers draw by, and the id. Every filter change
 * sends these to its worker and into every tile (maplibre copies each value in JavaScript before posting it), so
 * the name (looked up by id for the hover text, see facilityHoverNames), type, precision and role (already in the
 * icon) stay out, and a mark is there only when it is set: most points carry three values.
 */
export interface FacilityPointProperties {
  id: string;
  icon: string;
  /** Violations passing the evidence filters (0 draws no ring: see violationLayers). */
  violations: number;
  /** The point may not be where the facility is (pointStanding "doubtful"): drawn faded with a badge. */
  doubtful?: true;
  /** A source says the site is not yet confirmed. */
  unconfirmed?: true;
  /** Imported on this device, not published: drawn with its own badge. */
  imported?: true;
}

function withNote(name: string, note: string | null): string {
  return note === null ? name : `${name} — ${note}`;
}

export function displayName(facility: Facility, language: string): string {
  return localText(facility.name, language);
}

/**
 * Located facilities only: those known by province alone are counted on the province layer instead.
 * `imported` says whether a facility was imported on this device.
 */
export function facilityFeatures(
  facilities: readonly Facility[],
  violationsOf: (facilityId: string) => number = () => 0,
  imported: (facilityId: string) => boolean = () => false,
): FeatureCollection<Point, FacilityPointProperties> {
  return {
    type: 'FeatureCollection',
    features: facilities.flatMap((facility) => {
      if (facility.location === null) return [];
      return [
        {
          type: 'Feature' as const,
          geometry: { type: 'Point' as const, coordinates: [...facility.location] },
          properties: {
            id: facility.id,
            icon: facility.role === 'linked' ? LINKED_MARKER : markerImageName(facility.type, facility.precision),
            violations: violationsOf(facility.id),
            ...(pointStanding(facility).kind === 'doubtful' ? { doubtful: true as const } : {}),
            ...(facility.confirmation?.status === 'unconfirmed' ? { unconfirmed: true as const } : {}),
            ...(imported(facility.id) ? { imported: true as const } : {}),
          },
        },
      ];
    }),
  };
}

/**
 * Each located facility's hover text by id: its name in the reader's language, with `importedNote`'s words for a
 * facility imported on this device (null: it was not).
 */
export function facilityHoverNames(facilities: readonly Facility[], language: string, importedNote: (facilityId: string) => string | null = () => null): Map<string, string> {
  return new Map(facilities.flatMap((facility): [string, string][] => (facility.location === null ? [] : [[facility.id, withNote(displayName(facility, language), importedNote(facility.id))]])));
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
      // A doubtful point is faded: it may not be where the facility is.
      paint: { 'icon-opacity': ['case', ['has', 'doubtful'], DOUBTFUL_MARKER_OPACITY, 1] },
    },
    badgeLayer(FACILITY_DOUBT_LAYER, DOUBTFUL_BADGE, ['has', 'doubtful']),
    badgeLayer(FACILITY_UNCONFIRMED_LAYER, UNCONFIRMED_BADGE, ['has', 'unconfirmed']),
    badgeLayer(FACILITY_IMPORTED_LAYER, IMPORTED_BADGE, ['has', 'imported']),
  ];
}

/** A badge drawn in the marker's box (so it sits on its corner), on the unclustered points that `when` picks. */
function badgeLayer(id: string, image: string, when: ExpressionSpecification): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: FACILITY_SOURCE,
    filter: ['all', ['!', ['has', 'point_count']], when],
    layout: { 'icon-image': image, 'icon-allow-overlap': true, 'icon-ignore-placement': true },
  };
}
