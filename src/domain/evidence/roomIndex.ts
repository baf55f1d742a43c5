/**
 * Which room each violation pin of a facility is in, worked out once per set of pins: the room its record names,
 * else the room its point lies in (found through a static spatial index of the floors' bounding boxes, then the
 * exact point-in-floor test on the few candidates), else none. What the viewer asks of it — a room's violations,
 * a room's count — is then a lookup, not a scan of every pin for every violation (10,000 violations froze the page
 * for two seconds when a room was chosen).
 */
import Flatbush from 'flatbush';
import { pointInRing } from '../plan3d/ringGeometry';
import type { LocalPoint, RoomShape } from '../plan3d/sceneTypes';
import type { ViolationPin } from '../plan3d/violationPins';

/** Rooms by where their floors lie. */
export interface RoomLocator {
  /**
   * The room whose floor contains `point` (scene metres), on `level` when given; without a level, the lowest room
   * there. Null when none does. Same answer as plan3d's roomAt, found through the index.
   */
  roomAt(point: LocalPoint, level?: number): RoomShape | null;
}

export function roomLocator(rooms: readonly RoomShape[]): RoomLocator {
  const floors = rooms.filter((room) => room.floor.length >= 3);
  if (floors.length === 0) return { roomAt: () => null };
  const index = new Flatbush(floors.length);
  for (const room of floors) {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of room.floor) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
    index.add(minX, minY, maxX, maxY);
  }
  index.finish();
  return {
    roomAt(point, level) {
      let found: RoomShape | null = null;
      let foundOrder = Infinity;
      // Candidates come back in the index's order; the plan's order breaks ties, as roomAt's scan does.
      for (const order of index.search(point[0], point[1], point[0], point[1])) {
        const room = floors[order] as RoomShape;
        if (level !== undefined && room.level !== level) continue;
        const better = found === null || room.level < found.level || (room.level === found.level && order < foundOrder);
        if (better && pointInRing(point, room.floor)) {
          found = room;
          foundOrder = order;
        }
      }
      return found;
    },
  };
}

export interface RoomIndex {
  /** The pins, each with the room it is in (the named room, else the room its point lies in, else null). */
  pins: ViolationPin[];
  /** Violation ids by room id, in the pins' order. */
  byRoom: ReadonlyMap<string, readonly string[]>;
  /** How many violations each room holds (rooms with none are absent). */
  counts: ReadonlyMap<string, number>;
  /** Violations pinned on the site in no room. */
  unroomed: readonly string[];
}

/**
 * Builds the index of `pins` over `rooms`. A pin whose record names a room keeps it; a pin whose record gives a point
 * but no room is given the room that point lies in (the lowest, as the point carries no floor), so a list never
 * says "in no room" of a point that lies in one.
 */
export function roomIndex(rooms: readonly RoomShape[], pins: readonly ViolationPin[]): RoomIndex {
  const locator = roomLocator(rooms);
  const known = new Set(rooms.map((room) => room.id));
  const byRoom = new Map<string, string[]>();
  const unroomed: string[] = [];
  const placed = pins.map((pin) => {
    let roomId = pin.roomId !== null && known.has(pin.roomId) ? pin.roomId : null;
    if (roomId === null) roomId = locator.roomAt([pin.position[0], pin.position[1]])?.id ?? null;
    if (roomId === null) unroomed.push(pin.violationId);
    else {
      const list = byRoom.get(roomId);
      if (list) list.push(pin.violationId);
      else byRoom.set(roomId, [pin.violationId]);
    }
    return roomId === pin.roomId ? pin : { ...pin, roomId };
  });
  const counts = new Map([...byRoom].map(([roomId, ids]) => [roomId, ids.length]));
  return { pins: placed, byRoom, counts, unroomed };
}
