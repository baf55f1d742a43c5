/**
 * Where "something is missing here" goes: anywhere on the ground of the site, inside a traced room or not (a
 * survivor often means "there was a room here" where the plan has none). A mark is placed by touching the model,
 * or from the keyboard by moving a marker with the arrow keys from the room shown.
 */
import { toLonLat } from '../plan3d/localFrame';
import { roomAt } from '../plan3d/roomAt';
import type { LocalPoint, PlanScene } from '../plan3d/sceneTypes';

/**
 * How far past the plan's outermost shapes (the site) the ground reaches, metres: none, so the marker never leaves
 * the site the survivor is looking at.
 */
const GROUND_MARGIN_M = 0;

export type Extent = [minX: number, minY: number, maxX: number, maxY: number];

/** The ground a mark may be placed on: everything the plan draws (the site), widened by `margin`. */
export function groundExtent(scene: PlanScene, margin = GROUND_MARGIN_M): Extent {
  const [minX, minY, maxX, maxY] = scene.bounds;
  return [minX - margin, minY - margin, maxX + margin, maxY + margin];
}

/** The mark at a ground point: in the lowest room there (on its floor), or outside every room (roomId null). */
export function placeOnGround(scene: PlanScene, [x, y]: LocalPoint): { roomId: string | null; point: [number, number, number] } {
  const room = roomAt(scene, [x, y]);
  return { roomId: room?.id ?? null, point: [x, y, room?.elevation ?? 0] };
}

/** [lon, lat] of a point of the scene, rounded to 7 decimals (about a centimetre). */
export function lonLatOf(scene: PlanScene, [x, y]: readonly number[]): [number, number] {
  const round = (value: number) => Math.round(value * 1e7) / 1e7;
  const [lon, lat] = toLonLat(scene.frame, [x ?? 0, y ?? 0]);
  return [round(lon), round(lat)];
}

export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export function isArrowKey(key: string): key is ArrowKey {
  return key === 'ArrowUp' || key === 'ArrowDown' || key === 'ArrowLeft' || key === 'ArrowRight';
}

/**
 * The marker moved `metres` by an arrow key, as seen on screen: up is away from the viewer along `facing` (the
 * direction the camera looks, flattened onto the ground), right is to its right. Kept within `extent`.
 */
export function moveMarker(point: LocalPoint, key: ArrowKey, facing: LocalPoint, metres: number, extent: Extent): LocalPoint {
  const length = Math.hypot(facing[0], facing[1]);
  const [fx, fy] = length > 1e-9 ? [facing[0] / length, facing[1] / length] : [0, 1];
  const steps: Record<ArrowKey, LocalPoint> = { ArrowUp: [fx, fy], ArrowDown: [-fx, -fy], ArrowRight: [fy, -fx], ArrowLeft: [-fy, fx] };
  const [dx, dy] = steps[key];
  const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
  return [clamp(point[0] + dx * metres, extent[0], extent[2]), clamp(point[1] + dy * metres, extent[1], extent[3])];
}
