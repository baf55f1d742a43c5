/**
 * Where a camera stands to frame something: it looks at `target` from a direction (azimuth around it, elevation
 * above the horizon) at the nearest distance at which every given point fits the picture, whatever the screen's
 * shape — a portrait phone's narrow horizontal field of view needs the camera farther back than a landscape screen.
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
 * The nearest camera position, looking at `target` from `direction`, at which every point lies inside the picture
 * with `margin` to spare (1.15: the points fill at most 1/1.15 of the picture each way). Each point is tested in the
 * camera's own axes, so a long room seen along its length is framed closer than one seen across it.
 */
export function frame(target: Point3, points: readonly Point3[], lens: Lens, direction: Direction, margin = 1.15): Framing {
  const tanVertical = Math.tan((lens.verticalFov * Math.PI) / 360);
  const tanHorizontal = tanVertical * lens.aspect;
  const away = towardsCamera(direction);
  // The camera's axes: forward (from the camera to the target), right and up on the screen.
  const forward: Point3 = [-away[0], -away[1], -away[2]];
  const flat = Math.hypot(forward[0], forward[1]) || 1;
  const right: Point3 = [forward[1] / flat, -forward[0] / flat, 0];
  const up: Point3 = [right[1] * forward[2] - right[2] * forward[1], right[2] * forward[0] - right[0] * forward[2], right[0] * forward[1] - right[1] * forward[0]];
  const dot = (a: Point3, b: Point3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  let distance = 1;
  for (const point of points) {
    const relative: Point3 = [point[0] - target[0], point[1] - target[1], point[2] - target[2]];
    const depth = dot(relative, forward);
    distance = Math.max(distance, (margin * Math.abs(dot(relative, right))) / tanHorizontal - depth, (margin * Math.abs(dot(relative, up))) / tanVertical - depth);
  }
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
