/** Shapes inside one plan: every room within its building, rooms on one level of a building not overlapping. */
import { booleanWithin } from '@turf/turf';
import { areaOutside, sharedArea } from '../geo/polygonOverlap';
import type { BuildingPlanFeature, PlanFeature, RoomPlanFeature } from '../types';
import type { Reporter } from './reporter';

/** Slivers this small come from rounding where a room shares its building's wall, not from drawing. */
const OUTSIDE_TOLERANCE_M2 = 0.1;
/** Rooms traced from memory overlap a little at shared walls; only more than this is worth a warning. */
const OVERLAP_TOLERANCE_M2 = 0.5;

export function checkPlanGeometry(features: readonly PlanFeature[], reporter: Reporter): void {
  const buildings = new Map<string, BuildingPlanFeature>();
  const rooms: RoomPlanFeature[] = [];
  for (const feature of features) {
    if (feature.kind === 'building') buildings.set(feature.id, feature);
    if (feature.kind === 'room') rooms.push(feature);
  }
  for (const room of rooms) {
    const building = buildings.get(room.buildingId);
    if (building) checkRoomInBuilding(room, building, reporter);
  }
  checkOverlaps(rooms, reporter);
}

function checkRoomInBuilding(room: RoomPlanFeature, building: BuildingPlanFeature, reporter: Reporter): void {
  if (booleanWithin(room.geometry, building.geometry)) return;
  const outside = areaOutside(room.geometry, building.geometry);
  if (outside <= OUTSIDE_TOLERANCE_M2) return;
  reporter.error(
    room.id,
    'room.outsideBuilding',
    `The room extends ${formatArea(outside)} outside its building "${building.id}".`,
    'Redraw the room inside the building outline, or fix its buildingId.',
  );
}

function checkOverlaps(rooms: readonly RoomPlanFeature[], reporter: Reporter): void {
  const byFloor = new Map<string, RoomPlanFeature[]>();
  for (const room of rooms) {
    const key = JSON.stringify([room.buildingId, room.level]);
    const floor = byFloor.get(key);
    if (floor) floor.push(room);
    else byFloor.set(key, [room]);
  }
  for (const floor of byFloor.values()) {
    floor.forEach((room, index) => {
      for (const earlier of floor.slice(0, index)) {
        const shared = sharedArea(room.geometry, earlier.geometry);
        if (shared > OVERLAP_TOLERANCE_M2) {
          reporter.warning(
            room.id,
            'room.overlap',
            `The room overlaps room "${earlier.id}" on level ${room.level} by ${formatArea(shared)}.`,
            'Rooms of one level should only touch along walls.',
          );
        }
      }
    });
  }
}

function formatArea(squareMetres: number): string {
  return `${squareMetres.toFixed(1)} m²`;
}
