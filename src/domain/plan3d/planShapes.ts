/** One plan feature → its shape in local metres, keeping the provenance every drawn element carries. */
import type { Position } from 'geojson';
import type {
  BuildingPlanFeature,
  FixturePlanFeature,
  OpeningPlanFeature,
  PlanFeature,
  RoomPlanFeature,
  SitePlanFeature,
} from '../types';
import { interiorPoint } from './interiorPoint';
import type { LocalProjection } from './localFrame';
import { counterClockwise, signedArea, withoutClosingPosition } from './ringGeometry';
import type { BuildingShell, FixtureShape, LocalRing, OpeningShape, Provenance, RoomShape, SiteShape } from './sceneTypes';

/** Storey height when a building gives no height: a common single-storey eave height. */
export const DEFAULT_STOREY_HEIGHT_M = 3;

/** Shares the feature's name and source records rather than copying them; the scene is read-only like the plan. */
export function provenance({ id, name, confidence, basis, sources }: PlanFeature): Provenance {
  return basis === undefined ? { id, name, confidence, sources } : { id, name, confidence, basis, sources };
}

/** Levels as given when they are a positive count, else one. */
export function buildingLevels(building: BuildingPlanFeature): number {
  return building.levels !== undefined && building.levels >= 1 ? building.levels : 1;
}

/** The building's height shared evenly by its levels, or the default when it gives no height. */
export function storeyHeight(building: BuildingPlanFeature | undefined): number {
  if (building?.heightM === undefined) return DEFAULT_STOREY_HEIGHT_M;
  return building.heightM / buildingLevels(building);
}

export function siteShape(site: SitePlanFeature, projection: LocalProjection): SiteShape {
  return { ...provenance(site), outline: outerRing(site.geometry.coordinates, projection) };
}

export function buildingShell(building: BuildingPlanFeature, projection: LocalProjection): BuildingShell {
  const levels = buildingLevels(building);
  return {
    ...provenance(building),
    outline: outerRing(building.geometry.coordinates, projection),
    height: building.heightM ?? levels * DEFAULT_STOREY_HEIGHT_M,
    levels,
  };
}

/** Area is the outer ring's less its holes' (as turf.area counts it); the interior point avoids the holes too. */
export function roomShape(room: RoomPlanFeature, projection: LocalProjection, storey: number): RoomShape {
  const [outer = [], ...holes] = room.geometry.coordinates.map((ring) => localRing(ring, projection));
  const floor = counterClockwise(outer);
  const holeArea = holes.reduce((sum, hole) => sum + Math.abs(signedArea(hole)), 0);
  return {
    ...provenance(room),
    buildingId: room.buildingId,
    level: room.level,
    use: room.use,
    floor,
    elevation: room.level * storey,
    height: room.heightM ?? storey,
    areaM2: Math.max(0, signedArea(floor) - holeArea),
    interior: interiorPoint([floor, ...holes]),
  };
}

/** The opening's first and last positions: it is drawn as one straight span along a wall. */
export function openingShape(opening: OpeningPlanFeature, projection: LocalProjection): OpeningShape {
  const positions = opening.geometry.coordinates;
  const shape: OpeningShape = {
    ...provenance(opening),
    openingType: opening.openingType,
    start: projection.toLocal(positions[0] ?? [0, 0]),
    end: projection.toLocal(positions[positions.length - 1] ?? [0, 0]),
  };
  return opening.roomId === undefined ? shape : { ...shape, roomId: opening.roomId };
}

export function fixtureShape(fixture: FixturePlanFeature, projection: LocalProjection, floorElevation: number): FixtureShape {
  const [x, y] = projection.toLocal(fixture.geometry.coordinates);
  return { ...provenance(fixture), fixtureType: fixture.fixtureType, roomId: fixture.roomId, position: [x, y, floorElevation] };
}

function localRing(ring: readonly Position[], projection: LocalProjection): LocalRing {
  return withoutClosingPosition(ring).map((position) => projection.toLocal(position));
}

function outerRing(rings: readonly Position[][], projection: LocalProjection): LocalRing {
  return counterClockwise(localRing(rings[0] ?? [], projection));
}
