/**
 * The one place where plan coordinates meet three.js: local metres (x east, y north, z up) become three's
 * Y-up frame as X = x, Y = z, Z = -y — the same mapping the glTF writer uses, so models and plans line up.
 */
import { Vector3 } from 'three';

export function toThree(x: number, y: number, z = 0): Vector3 {
  return new Vector3(x, z, -y);
}

/** Local metres of a three.js point (the inverse of toThree). */
export function fromThree(point: Vector3): [number, number, number] {
  return [point.x, -point.z, point.y];
}
