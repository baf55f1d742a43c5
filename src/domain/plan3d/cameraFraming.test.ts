import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { frame, roomFocus, towardsCamera, type Lens, type Point3 } from './cameraFraming';

/** Where a point lands in normalised device coordinates (−1…1 both ways) for a camera looking at the target. */
function project(point: Point3, framing: { target: Point3; position: Point3 }, lens: Lens): [number, number] {
  const sub = (a: Point3, b: Point3): Point3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
  const dot = (a: Point3, b: Point3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  const cross = (a: Point3, b: Point3): Point3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
  const norm = (a: Point3): Point3 => a.map((value) => value / Math.hypot(...a)) as Point3;
  const forward = norm(sub(framing.target, framing.position));
  const right = norm(cross(forward, [0, 0, 1]));
  const up = cross(right, forward);
  const relative = sub(point, framing.position);
  const depth = dot(relative, forward);
  const tanHalf = Math.tan((lens.verticalFov * Math.PI) / 360);
  return [dot(relative, right) / depth / (tanHalf * lens.aspect), dot(relative, up) / depth / tanHalf];
}

const cell = deepFreeze({
  floor: [[0, 0], [3, 0], [3, 2], [0, 2], [0, 0]] as [number, number][],
  interior: [1.5, 1] as [number, number],
  elevation: 0,
  height: 2.5,
});

describe('framing a room', () => {
  it('aims at the floor’s centre and keeps the whole room in the picture on a landscape and a portrait screen', () => {
    const { target, points } = roomFocus(cell);
    expect(target).toEqual([1.5, 1, 0.1]);
    for (const lens of [{ verticalFov: 60, aspect: 16 / 9 }, { verticalFov: 60, aspect: 390 / 560 }]) {
      const framing = frame(target, points, lens, { azimuth: -1, elevation: 1.2 });
      for (const point of points) {
        const [x, y] = project(point, framing, lens);
        expect(Math.abs(x)).toBeLessThan(1);
        expect(Math.abs(y)).toBeLessThan(1);
      }
    }
  });

  it('stands farther back for a narrow screen, and no farther than the room needs', () => {
    const { target, points } = roomFocus(cell);
    // From the south: the cell's 3 m run across the screen.
    const direction = { azimuth: -Math.PI / 2, elevation: 1.2 };
    const lenses = { wide: { verticalFov: 60, aspect: 1.8 }, narrow: { verticalFov: 60, aspect: 0.4 } };
    const distance = (framing: { target: Point3; position: Point3 }) => Math.hypot(...framing.position.map((value, axis) => value - framing.target[axis]!));
    const wide = frame(target, points, lenses.wide, direction);
    const narrow = frame(target, points, lenses.narrow, direction);
    expect(distance(narrow)).toBeGreaterThan(distance(wide) * 1.2);
    // Tight: the point farthest out reaches the margin's edge of the picture (1 / 1.15 of the way to its border).
    for (const [framing, lens] of [[wide, lenses.wide], [narrow, lenses.narrow]] as const) {
      const reach = Math.max(...points.map((point) => Math.max(...project(point, framing, lens).map(Math.abs))));
      expect(reach).toBeCloseTo(1 / 1.15, 6);
    }
  });

  it('frames a long room closer seen along its length on an upright screen than seen across it', () => {
    const corridor = { floor: [[0, 0], [20, 0], [20, 2], [0, 2], [0, 0]] as [number, number][], interior: [10, 1] as [number, number], elevation: 0, height: 3 };
    const { target, points } = roomFocus(corridor);
    const upright = { verticalFov: 60, aspect: 0.5 };
    const along = frame(target, points, upright, { azimuth: Math.PI, elevation: 1.2 });
    const across = frame(target, points, upright, { azimuth: -Math.PI / 2, elevation: 1.2 });
    const distance = (framing: { target: Point3; position: Point3 }) => Math.hypot(...framing.position.map((value, axis) => value - framing.target[axis]!));
    expect(distance(along)).toBeLessThan(distance(across) * 0.6);
  });

  it('puts the camera above the ground on the side the direction says', () => {
    const framing = frame([0, 0, 0], [[1, 1, 0]], { verticalFov: 60, aspect: 1 }, { azimuth: Math.PI / 2, elevation: Math.PI / 4 });
    expect(framing.position[0]).toBeCloseTo(0, 6);
    expect(framing.position[1]).toBeGreaterThan(0);
    expect(framing.position[2]).toBeGreaterThan(0);
    expect(Math.hypot(...towardsCamera({ azimuth: 0.3, elevation: 0.7 }))).toBeCloseTo(1, 9);
  });
});
