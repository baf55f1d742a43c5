/**
 * Violations → pins in a facility's scene: at the violation's point, else at its room's interior point; those
 * known only at the facility level are returned apart for the facility's card. Pins sharing a spot are numbered
 * so the viewer can stack them instead of drawing one over another.
 */
import { VIOLATION_CATEGORIES, type Placement, type ViolationCategory } from '../enums';
import type { Violation } from '../types';
import { localProjection } from './localFrame';
import type { PlanScene, RoomShape } from './sceneTypes';

export interface ViolationPin {
  violationId: string;
  category: ViolationCategory;
  roomId: string | null;
  /** [x, y, z] in the scene's metres; z is the floor the violation happened on. */
  position: [number, number, number];
  /** 0,1,2… among pins at the same spot */
  stackIndex: number;
  /** The spot the pin stands at, numbered in order found: pins stacked on one another share it. */
  spot: number;
  placement: Placement;
}

/** Pins this close (in metres, on one floor) share a spot and are stacked. */
export const SAME_SPOT_M = 0.3;

/**
 * Pins for the scene's facility's violations (others are ignored). A point → that point at its room's floor
 * (ground level when it names no room in the scene); only a room → the room's interior point; neither, or
 * placement "facility_only" → `facilityOnly`. Stack numbers follow the violations' order.
 */
export function violationPins(scene: PlanScene, violations: readonly Violation[]): { pins: ViolationPin[]; facilityOnly: Violation[] } {
  const projection = localProjection(scene.frame);
  const roomsById = new Map(scene.rooms.map((room) => [room.id, room]));
  const stacks = new SpotStacks();
  const pins: ViolationPin[] = [];
  const facilityOnly: Violation[] = [];
  for (const violation of violations) {
    if (violation.facilityId !== scene.facilityId) continue;
    const room: RoomShape | undefined = violation.roomId === undefined ? undefined : roomsById.get(violation.roomId);
    const spot = violation.location ? projection.toLocal(violation.location) : room?.interior;
    if (violation.placement === 'facility_only' || spot === undefined) {
      facilityOnly.push(violation);
      continue;
    }
    const position: [number, number, number] = [spot[0], spot[1], room?.elevation ?? 0];
    const placed = stacks.place(position);
    pins.push({
      violationId: violation.id,
      category: violation.category,
      roomId: room?.id ?? null,
      position,
      stackIndex: placed.stackIndex,
      spot: placed.spot,
      placement: violation.placement,
    });
  }
  return { pins, facilityOnly };
}

/** The pins of each category present, in the order of the category list (the viewer draws one set per category). */
export function pinsByCategory(pins: readonly ViolationPin[]): Map<ViolationCategory, ViolationPin[]> {
  const grouped = new Map<ViolationCategory, ViolationPin[]>();
  for (const category of VIOLATION_CATEGORIES) {
    const inCategory = pins.filter((pin) => pin.category === category);
    if (inCategory.length > 0) grouped.set(category, inCategory);
  }
  return grouped;
}

/**
 * Spots found so far, hashed on a grid of SAME_SPOT_M cells so each pin looks at nine cells rather than every
 * earlier spot (10,000 pins stay linear). A spot is where its first pin stood.
 */
export class SpotStacks {
  private readonly cells = new Map<string, { position: readonly number[]; spot: number; count: number }[]>();
  private spots = 0;

  /** Records a pin at `position`: its spot's number, and how many pins were at that spot before it. */
  place(position: readonly [number, number, number]): { spot: number; stackIndex: number } {
    const [x, y, z] = position;
    const column = Math.floor(x / SAME_SPOT_M);
    const row = Math.floor(y / SAME_SPOT_M);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const spot of this.cells.get(cellKey(column + dx, row + dy, z)) ?? []) {
          if (Math.hypot((spot.position[0] as number) - x, (spot.position[1] as number) - y) <= SAME_SPOT_M) return { spot: spot.spot, stackIndex: spot.count++ };
        }
      }
    }
    const key = cellKey(column, row, z);
    const cell = this.cells.get(key);
    const found = { position, spot: this.spots++, count: 1 };
    if (cell) cell.push(found);
    else this.cells.set(key, [found]);
    return { spot: found.spot, stackIndex: 0 };
  }
}

function cellKey(column: number, row: number, elevation: number): string {
  return `${column}:${row}:${elevation}`;
}
