/**
 * The views the camera flies to: the whole facility (home), and a room framed so it fills the picture and its floor
 * can be seen — from a little above the current direction, tilting up and then going round until nothing solid
 * stands in front of it (a cell behind a row of walls is seen from above).
 */
import { Vector3, type Object3D, type PerspectiveCamera } from 'three';
import { frame, roomFocus, type Direction, type Framing, type Point3 } from '../domain/plan3d/cameraFraming';
import type { PlanScene, RoomShape } from '../domain/plan3d/sceneTypes';
import { fromThree, toThree } from './geometry/axes';
import { occluded } from './sceneRays';

const DEGREE = Math.PI / 180;
/** The home view's direction: from the south-east, 37° above the horizon. */
const HOME: Direction = { azimuth: -55 * DEGREE, elevation: 37 * DEGREE };
/** Straight down, with a hair of tilt so "up" on screen stays north. */
export const TOP_DOWN = Math.PI / 2 - 0.001;
/** The plan view: straight down from the south side, north up on screen. */
export const PLAN_VIEW: Direction = { azimuth: -Math.PI / 2, elevation: TOP_DOWN };

/** What the camera frames: the buildings and rooms, not a compound boundary drawn wide around them. */
export function focusBounds(scene: PlanScene): [number, number, number, number] {
  const points = [...scene.buildings.flatMap((building) => building.outline), ...scene.rooms.flatMap((room) => room.floor)];
  if (points.length === 0) return scene.bounds;
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function lens(camera: PerspectiveCamera) {
  return { verticalFov: camera.fov, aspect: camera.aspect || 1 };
}

/** The whole facility, from `direction` (the home view's unless given). */
export function homeView(scene: PlanScene, camera: PerspectiveCamera, direction: Direction = HOME): Framing {
  const [minX, minY, maxX, maxY] = focusBounds(scene);
  const top = Math.max(3, ...scene.rooms.map((room) => room.elevation + room.height));
  const corners: Point3[] = [[minX, minY], [maxX, minY], [maxX, maxY], [minX, maxY]].flatMap(([x = 0, y = 0]): Point3[] => [[x, y, 0], [x, y, top]]);
  return frame([(minX + maxX) / 2, (minY + maxY) / 2, 0], corners, lens(camera), direction, 1.05);
}

/** Where the camera stands now, as a direction around `target` (plan metres). */
function currentAzimuth(camera: PerspectiveCamera, target: Point3): number {
  const [x, y] = fromThree(camera.position);
  return Math.atan2(y - target[1], x - target[0]);
}

/** The direction of a room's longest wall, radians anticlockwise from east, and how much longer it is than wide. */
function longAxis(room: RoomShape): { azimuth: number; elongation: number } {
  let longest = { azimuth: 0, length: 0 };
  for (let index = 1; index < room.floor.length; index++) {
    const [x0 = 0, y0 = 0] = room.floor[index - 1] ?? [];
    const [x1 = 0, y1 = 0] = room.floor[index] ?? [];
    const length = Math.hypot(x1 - x0, y1 - y0);
    if (length > longest.length) longest = { azimuth: Math.atan2(y1 - y0, x1 - x0), length };
  }
  return { azimuth: longest.azimuth, elongation: longest.length ** 2 / Math.max(room.areaM2, 0.01) };
}

/**
 * Directions to try for a room, nearest the current one first: tilt up, then go round, then straight down. On an
 * upright screen a long room (a corridor) is first looked at along its length, so it fills the tall picture.
 */
function candidates(azimuth: number, room: RoomShape, aspect: number): Direction[] {
  const tilts = [60, 72, 80].map((degrees) => degrees * DEGREE);
  const around = [Math.PI / 2, -Math.PI / 2, Math.PI];
  const axis = longAxis(room);
  const turn = (to: number) => Math.abs(Math.atan2(Math.sin(to - azimuth), Math.cos(to - azimuth)));
  const along = aspect < 1 && axis.elongation > 2 ? [axis.azimuth, axis.azimuth + Math.PI].sort((a, b) => turn(a) - turn(b)) : [];
  return [
    ...along.flatMap((direction) => tilts.map((elevation) => ({ azimuth: direction, elevation }))),
    ...tilts.map((elevation) => ({ azimuth, elevation })),
    ...tilts.flatMap((elevation) => around.map((step) => ({ azimuth: azimuth + step, elevation }))),
    { azimuth, elevation: TOP_DOWN },
  ];
}

/**
 * A view of a room whose floor centre is in the picture and not hidden behind anything solid in `root`; the
 * straight-down view when every other direction is blocked. `fixed`: the one direction to use (the plan view).
 * Null for a room the scene does not have.
 */
export function roomView(scene: PlanScene, roomId: string, camera: PerspectiveCamera, root: Object3D | null, fixed?: Direction): Framing | null {
  const room = scene.rooms.find((item) => item.id === roomId);
  if (!room) return null;
  const { target, points } = roomFocus(room);
  const tries = fixed ? [fixed] : candidates(currentAzimuth(camera, target), room, camera.aspect || 1);
  const targetThree = toThree(...target);
  let framing: Framing | null = null;
  for (const direction of tries) {
    // Half as much again around the room: its neighbours show, so the reader sees where it is.
    framing = frame(target, points, lens(camera), direction, 1.5);
    if (!root || !occluded(root, camera, toThree(...framing.position), targetThree)) return framing;
  }
  return framing;
}

export function asThree(framing: Framing): { position: Vector3; target: Vector3 } {
  return { position: toThree(...framing.position), target: toThree(...framing.target) };
}
