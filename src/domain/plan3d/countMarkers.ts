/**
 * Where a room holds more pins than can be read one by one, one marker with their number stands in the room
 * instead: 300 accounts of one cell were a column of pins hundreds of metres high, and thousands of pins at points
 * of their own cost the orbit most of its frame rate on a CPU-drawn canvas. The room the reader opens shows its
 * pins again, each where its record puts it; pins in no room merge only where they stand on one another.
 */
import type { RoomShape } from './sceneTypes';
import type { ViolationPin } from './violationPins';

/** More pins than this in one room (or at one spot outside every room) become one count marker. */
export const MARKER_THRESHOLD = 25;

export interface CountMarker {
  /** Stable: the room's id, or "spot:<n>" for a stack in no room. */
  key: string;
  /** The room the marker stands for, or null (a stack on the site). */
  roomId: string | null;
  /** Where it stands, in scene metres: the room's interior point on its floor, or the stack's spot. */
  position: [number, number, number];
  count: number;
}

export interface MarkerOptions {
  threshold?: number;
  /** A room whose pins are drawn one by one whatever their number (the selected room). */
  open?: string | null;
}

/** Splits `pins` into those drawn one by one and the count markers standing for the rest. */
export function countMarkers(pins: readonly ViolationPin[], rooms: readonly RoomShape[], { threshold = MARKER_THRESHOLD, open = null }: MarkerOptions = {}): { pins: ViolationPin[]; markers: CountMarker[] } {
  const roomsById = new Map(rooms.map((room) => [room.id, room]));
  const groupOf = (pin: ViolationPin) => (pin.roomId !== null && roomsById.has(pin.roomId) ? pin.roomId : `spot:${pin.spot}`);
  const sizes = new Map<string, number>();
  for (const pin of pins) sizes.set(groupOf(pin), (sizes.get(groupOf(pin)) ?? 0) + 1);
  const markers = new Map<string, CountMarker>();
  const drawn: ViolationPin[] = [];
  for (const pin of pins) {
    const key = groupOf(pin);
    const count = sizes.get(key) ?? 0;
    if (count <= threshold || key === open) {
      drawn.push(pin);
      continue;
    }
    if (markers.has(key)) continue;
    const room = roomsById.get(key);
    const position: [number, number, number] = room ? [room.interior[0], room.interior[1], room.elevation] : pin.position;
    markers.set(key, { key, roomId: room ? room.id : null, position, count });
  }
  return { pins: drawn, markers: [...markers.values()] };
}
