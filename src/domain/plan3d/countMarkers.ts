/**
 * Where a room holds more pins than can be read one by one, one marker with their number stands in the room
 * instead: 300 accounts of one cell were a column of pins hundreds of metres high, and thousands of pins at points
 * of their own cost the orbit most of its frame rate on a CPU-drawn canvas. The room the reader opens shows its
 * pins again, each where its record puts it — up to OPEN_ROOM_PIN_LIMIT of them: above it, its marker stays until the
 * reader asks for the pins (drawing 967 of them cost a CPU-drawn canvas ~100 ms a frame, on the frame that answers
 * the choice and on every frame of the flight to the room). Pins in no room merge only where they stand on one another.
 */
import type { RoomShape } from './sceneTypes';
import type { ViolationPin } from './violationPins';

/** More pins than this in one room (or at one spot outside every room) become one count marker. */
export const MARKER_THRESHOLD = 25;
/** An opened room with more pins than this keeps its marker until the reader asks for its pins. */
export const OPEN_ROOM_PIN_LIMIT = 200;

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
  /** A room whose pins are drawn one by one up to `openLimit` of them (the selected room). */
  open?: string | null;
  /** Infinity once the reader has asked for the open room's pins. */
  openLimit?: number;
}

/** Splits `pins` into those drawn one by one and the count markers standing for the rest. */
export function countMarkers(pins: readonly ViolationPin[], rooms: readonly RoomShape[], { threshold = MARKER_THRESHOLD, open = null, openLimit = OPEN_ROOM_PIN_LIMIT }: MarkerOptions = {}): { pins: ViolationPin[]; markers: CountMarker[] } {
  const roomsById = new Map(rooms.map((room) => [room.id, room]));
  const groupOf = (pin: ViolationPin) => (pin.roomId !== null && roomsById.has(pin.roomId) ? pin.roomId : `spot:${pin.spot}`);
  const sizes = new Map<string, number>();
  for (const pin of pins) sizes.set(groupOf(pin), (sizes.get(groupOf(pin)) ?? 0) + 1);
  const markers = new Map<string, CountMarker>();
  const drawn: ViolationPin[] = [];
  for (const pin of pins) {
    const key = groupOf(pin);
    const count = sizes.get(key) ?? 0;
    if (count <= threshold || (key === open && count <= openLimit)) {
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
