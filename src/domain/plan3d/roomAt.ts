/** Which room a local point falls in: for picking, and for checking that a placed point stays in its room. */
import { pointInRing } from './ringGeometry';
import type { LocalPoint, PlanScene, RoomShape } from './sceneTypes';

/**
 * The room whose floor contains `point` ([x, y] in the scene's metres), on `level` when given; without a level,
 * the lowest room there (rooms stack on upper storeys). Holes are ignored, as they are for drawing floors. Null
 * when no room contains it; a point exactly on a wall between two rooms belongs to one of them, always the same.
 */
export function roomAt(scene: PlanScene, point: LocalPoint, level?: number): RoomShape | null {
  let found: RoomShape | null = null;
  for (const room of scene.rooms) {
    if (level !== undefined && room.level !== level) continue;
    if (found !== null && room.level >= found.level) continue;
    if (pointInRing(point, room.floor)) found = room;
  }
  return found;
}
