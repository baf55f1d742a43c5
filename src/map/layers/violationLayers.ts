/**
 * Violation counts drawn as rings around the facilities' markers: a ring's area grows with the facility's
 * violations that pass the filters (graduated symbols), a facility with none has no ring. A cluster's ring sums
 * its facilities' counts. The rings lie under the markers, so each type's marker stays legible inside its ring.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { FACILITY_SOURCE } from './facilityLayers';

export const VIOLATION_RING_LAYER = 'facility-violation-rings';
export const VIOLATION_CLUSTER_RING_LAYER = 'facility-violation-cluster-rings';

/** The cluster property that sums the facilities' violations (the source's clusterProperties). */
export const VIOLATION_CLUSTER_PROPERTIES = { violations: ['+', ['get', 'violations']] } as const;

/** The marker's radius (26 px markers), and pixels per square root of a count: 1 → 16 px, 100 → 29 px, 350 → 41 px. */
const MARKER_RADIUS = 13;
const PER_ROOT = 1.4;

/** A ring's radius for a count, in pixels: the same rule as the map's, for the legend. */
export function ringRadius(count: number, base = MARKER_RADIUS): number {
  return base + 2 + PER_ROOT * Math.sqrt(count);
}

const COUNT = ['get', 'violations'] as const;
const growth: ExpressionSpecification = ['*', PER_ROOT, ['sqrt', ['max', 0, ['to-number', COUNT, 0]]]];
const RING_PAINT = {
  'circle-color': 'rgba(138, 28, 28, 0.16)',
  'circle-stroke-color': '#8a1c1c',
  'circle-stroke-width': 2,
} as const;

export function violationLayers(): { layer: LayerSpecification; under: 'clusters' | 'markers' }[] {
  return [
    {
      under: 'clusters',
      layer: {
        id: VIOLATION_CLUSTER_RING_LAYER,
        type: 'circle',
        source: FACILITY_SOURCE,
        filter: ['all', ['has', 'point_count'], ['>', ['to-number', COUNT, 0], 0]],
        // Outside the cluster's own circle (13, 17 or 23 px by its size).
        paint: { ...RING_PAINT, 'circle-radius': ['+', ['step', ['get', 'point_count'], 13, 10, 17, 50, 23], 2, growth] },
      },
    },
    {
      under: 'markers',
      layer: {
        id: VIOLATION_RING_LAYER,
        type: 'circle',
        source: FACILITY_SOURCE,
        filter: ['all', ['!', ['has', 'point_count']], ['>', ['to-number', COUNT, 0], 0]],
        paint: { ...RING_PAINT, 'circle-radius': ['+', MARKER_RADIUS + 2, growth] },
      },
    },
  ];
}
