import { describe, expect, it } from 'vitest';
import { L_ROOM_CORNERS } from '../../../tests/fixtures/syntheticPlan';
import { interiorPoint } from './interiorPoint';
import { distanceToRings, pointInRing } from './ringGeometry';
import type { LocalRing } from './sceneTypes';

describe('interiorPoint', () => {
  it('is the centre of a rectangle', () => {
    expect(interiorPoint([[[0, 0], [4, 0], [4, 3], [0, 3]]])).toEqual([2, 1.5]);
  });

  it('lies inside an L-shaped ring whose centroid does not', () => {
    const ring: LocalRing = L_ROOM_CORNERS.map(([x, y]) => [x, y]);
    const point = interiorPoint([ring]);
    expect(pointInRing([1.86, 1.86], ring)).toBe(false);
    expect(pointInRing(point, ring)).toBe(true);
    expect(distanceToRings(point, [ring])).toBeCloseTo(0.5, 6);
  });

  it('lies outside a hole in the middle of the room', () => {
    const outer: LocalRing = [[0, 0], [10, 0], [10, 10], [0, 10]];
    const hole: LocalRing = [[3, 3], [7, 3], [7, 7], [3, 7]];
    const point = interiorPoint([outer, hole]);
    expect(pointInRing(point, outer) && !pointInRing(point, hole)).toBe(true);
  });

  it('falls back to the vertex average for a ring without area', () => {
    expect(interiorPoint([[[0, 0], [2, 0], [4, 0]]])).toEqual([2, 0]);
  });
});
