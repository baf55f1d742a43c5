/**
 * Facility plans on the map at high zoom: every room as a fill-extrusion at its true position and height, so the
 * plan sits on the imagery where it was traced. Same coordinates as the 3D viewer: one chain from map to room.
 */
import type { FeatureCollection, Polygon } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { Plan } from '../../domain/types';

export const PLAN_SOURCE = 'plans';
export const PLAN_ROOM_LAYER = 'plan-rooms';
/** Plans appear from this zoom on: a building is a few pixels wide below it. */
export const PLAN_MIN_ZOOM = 15;
const DEFAULT_STOREY_M = 3;

export interface PlanRoomProperties {
  facilityId: string;
  roomId: string;
  name: string;
  confidence: string;
  base: number;
  height: number;
}

export function planRoomFeatures(plans: readonly Plan[]): FeatureCollection<Polygon, PlanRoomProperties> {
  return {
    type: 'FeatureCollection',
    features: plans.flatMap((plan) =>
      plan.features.flatMap((feature) => {
        if (feature.kind !== 'room') return [];
        const base = feature.level * DEFAULT_STOREY_M;
        return [
          {
            type: 'Feature' as const,
            geometry: feature.geometry,
            properties: {
              facilityId: plan.facilityId,
              roomId: feature.id,
              name: feature.name.en,
              confidence: feature.confidence,
              base,
              height: base + (feature.heightM ?? DEFAULT_STOREY_M),
            },
          },
        ];
      }),
    ),
  };
}

export function planLayers(): LayerSpecification[] {
  return [
    {
      id: PLAN_ROOM_LAYER,
      type: 'fill-extrusion',
      source: PLAN_SOURCE,
      minzoom: PLAN_MIN_ZOOM,
      paint: {
        'fill-extrusion-color': ['match', ['get', 'confidence'], 'illustrative', '#d9b46b', 'corroborated', '#3ea66b', '#e07a5f'],
        'fill-extrusion-base': ['get', 'base'],
        'fill-extrusion-height': ['get', 'height'],
        'fill-extrusion-opacity': 0.75,
      },
    },
  ];
}
