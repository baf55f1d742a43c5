/**
 * Where a camera stands to frame something: it looks at `target` from a direction (azimuth around it, elevation
 * above the horizon) at the distance at which every given point fits the picture, whatever the screen's shape —
 * a portrait phone's narrow horizontal field of view needs the camera farther back than a landscape screen.
 * Plan metres throughout (x east, y north, z up); pure, so the framing is tested without a renderer.
 */
import type { RoomShape } from './sceneTypes';

export type Point3 = [number, number, number];

export interface Lens {
  /** Vertical field of view, degrees. */
  verticalFov: number;
  /** Width over height of the picture. */
  aspect: number;
}

export interface Direction {
  /** Radians anticlockwise from east, seen from above: where the camera stands around the target. */
  azimuth: number;
  /** Radians above the horizon (π/2: straight down). */
  elevation: number;
}

export interface Framing {
  target: Point3;
  position: Point3;
}

/** Unit vector from the target towards the camera. */
export function towardsCamera({ azimuth, elevation }: Direction): Point3 {
  return [Math.cos(elevation) * Math.cos(azimuth), Math.cos(elevation) * Math.sin(azimuth), Math.sin(elevation)];
}

/**
 * The camera position that fits a sphere around `target` holding every point, in both the vertical and the
 * horizontal field of view, with `margin` (1.15: 15 % room around it).
 */
export function frame(target: Point3, points: readonly Point3[], lens: Lens, direction: Direction, margin = 1.15): Framing {
  const radius = Math.max(0.5, ...points.map((point) => Math.hypot(point[0] - target[0], point[1] - target[1], point[2] - target[2])));
  const halfVertical = (lens.verticalFov * Math.PI) / 360;
  const halfHorizontal = Math.atan(Math.tan(halfVertical) * lens.aspect);
  const distance = (radius * margin) / Math.sin(Math.min(halfVertical, halfHorizontal));
  const away = towardsCamera(direction);
  return { target, position: [target[0] + away[0] * distance, target[1] + away[1] * distance, target[2] + away[2] * distance] };
}

/** A room's floor centre (its interior point, a hand above the floor) and the corners of its box, floor to top. */
export function roomFocus(room: Pick<RoomShape, 'floor' | 'interior' | 'elevation' | 'height'>): { target: Point3; points: Point3[] } {
  const target: Point3 = [room.interior[0], room.interior[1], room.elevation + 0.1];
  const points = room.floor.flatMap(([x, y]): Point3[] => [
    [x, y, room.elevation],
    [x, y, room.elevation + room.height],
  ]);
  return { target, points };
}
