/**
 * Where many pins would stand on one another — records that name a room but give no point all stand at the room's
 * interior point — one marker with their number stands instead: 300 accounts of one cell were a column of pins
 * hundreds of metres high, out of the picture and slow to draw. Pins at points of their own are never merged.
 */
import type { ViolationPin } from './violationPins';

/** More pins than this at one spot become one count marker. */
export const MARKER_THRESHOLD = 12;

export interface CountMarker {
  /** The spot's number (ViolationPin.spot). */
  spot: number;
  /** The room the spot is in (its first pin's), or null on the site. */
  roomId: string | null;
  /** Where the spot's first pin stands, in scene metres. */
  position: [number, number, number];
  count: number;
}

/** Splits `pins` into those drawn one by one and one marker for each spot holding more than `threshold`. */
export function countMarkers(pins: readonly ViolationPin[], threshold = MARKER_THRESHOLD): { pins: ViolationPin[]; markers: CountMarker[] } {
  const perSpot = new Map<number, number>();
  for (const pin of pins) perSpot.set(pin.spot, (perSpot.get(pin.spot) ?? 0) + 1);
  const markers = new Map<number, CountMarker>();
  const drawn: ViolationPin[] = [];
  for (const pin of pins) {
    const count = perSpot.get(pin.spot) ?? 0;
    if (count <= threshold) drawn.push(pin);
    else if (!markers.has(pin.spot)) markers.set(pin.spot, { spot: pin.spot, roomId: pin.roomId, position: pin.position, count });
  }
  return { pins: drawn, markers: [...markers.values()] };
}
