/** Where a plan's local plane is anchored: the facility's point, else the middle of what the plan outlines. */
import type { Position } from 'geojson';
import type { Facility, Plan, PlanFeature } from '../types';

/**
 * The facility's location when known; else the centre of the bounding box of the plan's site, building and room
 * outlines (a box centre, not an area centroid: it stays put as vertices are added along an edge); else of any
 * feature's positions; else [0, 0] for an empty plan.
 */
export function planOrigin(plan: Plan, facility?: Facility): [number, number] {
  const location = facility?.location;
  if (location) return [location[0] ?? 0, location[1] ?? 0];
  const outlined = plan.features.filter((feature) => feature.kind === 'site' || feature.kind === 'building' || feature.kind === 'room');
  return boxCentre(outlined.flatMap(positionsOf)) ?? boxCentre(plan.features.flatMap(positionsOf)) ?? [0, 0];
}

function positionsOf(feature: PlanFeature): Position[] {
  switch (feature.kind) {
    case 'site':
    case 'building':
    case 'room':
      return feature.geometry.coordinates[0] ?? [];
    case 'opening':
      return feature.geometry.coordinates;
    case 'fixture':
      return [feature.geometry.coordinates];
  }
}

function boxCentre(positions: readonly Position[]): [number, number] | null {
  if (positions.length === 0) return null;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [lon = 0, lat = 0] of positions) {
    west = Math.min(west, lon);
    south = Math.min(south, lat);
    east = Math.max(east, lon);
    north = Math.max(north, lat);
  }
  return [(west + east) / 2, (south + north) / 2];
}
