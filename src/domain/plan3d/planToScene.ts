/**
 * A facility plan → the 3D shapes the viewer and the glTF writer draw, in metres on the plan's local plane
 * (sceneTypes.ts). Pure: the plan is only read. Linear in the plan's size apart from matching openings to rooms.
 */
import type {
  BuildingPlanFeature,
  Facility,
  FixturePlanFeature,
  OpeningPlanFeature,
  Plan,
  RoomPlanFeature,
  SitePlanFeature,
} from '../types';
import { localFrame, localProjection } from './localFrame';
import { planOrigin } from './planOrigin';
import { buildingShell, fixtureShape, openingShape, roomShape, siteShape, storeyHeight } from './planShapes';
import { pointBounds } from './ringGeometry';
import { OPENING_TOLERANCE_M, roomWalls } from './roomWalls';
import type { LocalPoint, OpeningShape, PlanScene, RoomShape, WallSegment } from './sceneTypes';

/**
 * The plan's scene. Its origin is the facility's location when `facility` is given and located, else the middle
 * of the plan (planOrigin.ts). Rooms stand at level × storey height (the building's height over its levels, else
 * 3 m); walls follow every room edge, split by the openings lying on it.
 */
export function planToScene(plan: Plan, facility?: Facility): PlanScene {
  const frame = localFrame(planOrigin(plan, facility));
  const projection = localProjection(frame);
  const features = byKind(plan);
  const buildingsById = new Map(features.buildings.map((building) => [building.id, building]));

  const site = features.sites.map((feature) => siteShape(feature, projection));
  const buildings = features.buildings.map((feature) => buildingShell(feature, projection));
  const rooms = features.rooms.map((feature) => roomShape(feature, projection, storeyHeight(buildingsById.get(feature.buildingId))));
  const roomsById = new Map(rooms.map((room) => [room.id, room]));
  const openings = features.openings.map((feature) => openingShape(feature, projection));
  const fixtures = features.fixtures.map((feature) => fixtureShape(feature, projection, roomsById.get(feature.roomId)?.elevation ?? 0));

  const allPoints: LocalPoint[] = [
    ...site.flatMap((shape) => shape.outline),
    ...buildings.flatMap((shape) => shape.outline),
    ...rooms.flatMap((shape) => shape.floor),
    ...openings.flatMap((shape) => [shape.start, shape.end]),
    ...fixtures.map(({ position: [x, y] }): LocalPoint => [x, y]),
  ];
  return {
    facilityId: plan.facilityId,
    frame,
    site,
    buildings,
    rooms,
    walls: wallsOf(rooms, openings, roomsById),
    openings,
    fixtures,
    bounds: pointBounds(allPoints) ?? [0, 0, 0, 0],
  };
}

interface PlanFeaturesByKind {
  sites: SitePlanFeature[];
  buildings: BuildingPlanFeature[];
  rooms: RoomPlanFeature[];
  openings: OpeningPlanFeature[];
  fixtures: FixturePlanFeature[];
}

function byKind(plan: Plan): PlanFeaturesByKind {
  const sorted: PlanFeaturesByKind = { sites: [], buildings: [], rooms: [], openings: [], fixtures: [] };
  for (const feature of plan.features) {
    if (feature.kind === 'site') sorted.sites.push(feature);
    else if (feature.kind === 'building') sorted.buildings.push(feature);
    else if (feature.kind === 'room') sorted.rooms.push(feature);
    else if (feature.kind === 'opening') sorted.openings.push(feature);
    else sorted.fixtures.push(feature);
  }
  return sorted;
}

/**
 * Every room's walls. An opening cuts each room edge it lies on — so a door between two rooms opens both walls —
 * but one naming its room only cuts rooms on that room's level (a door below must not open the floor above).
 */
function wallsOf(rooms: readonly RoomShape[], openings: readonly OpeningShape[], roomsById: ReadonlyMap<string, RoomShape>): WallSegment[] {
  const placed = openings.map((opening) => ({
    opening,
    level: opening.roomId === undefined ? undefined : roomsById.get(opening.roomId)?.level,
    box: pointBounds([opening.start, opening.end]) as [number, number, number, number],
  }));
  return rooms.flatMap((room) => {
    const [minX, minY, maxX, maxY] = pointBounds(room.floor) ?? [0, 0, 0, 0];
    const near = placed.filter(
      ({ level, box }) =>
        (level === undefined || level === room.level) &&
        box[0] <= maxX + OPENING_TOLERANCE_M &&
        box[2] >= minX - OPENING_TOLERANCE_M &&
        box[1] <= maxY + OPENING_TOLERANCE_M &&
        box[3] >= minY - OPENING_TOLERANCE_M,
    );
    return roomWalls(room, near.map(({ opening }) => opening));
  });
}
