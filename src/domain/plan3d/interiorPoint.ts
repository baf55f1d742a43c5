/**
 * A point well inside a polygon, for labels and pins: never outside it, even for a concave room whose centroid
 * and bounding-box centre are. Horizontal bands between consecutive vertex heights cross the polygon in
 * trapezoids; the middle of each crossing at a band's mid-height is strictly inside, since no vertex lies on that
 * line. Of those candidates the one farthest from every edge wins: a cheap stand-in for the pole of
 * inaccessibility, exact for rectangles.
 */
import { distanceToRings } from './ringGeometry';
import type { LocalPoint, LocalRing } from './sceneTypes';

/** `rings` is the outer ring then any holes (even-odd, so orientation does not matter). */
export function interiorPoint(rings: readonly LocalRing[]): LocalPoint {
  const heights = [...new Set(rings.flatMap((ring) => ring.map(([, y]) => y)))].sort((a, b) => a - b);
  let best: LocalPoint | null = null;
  let bestClearance = -Infinity;
  for (let band = 1; band < heights.length; band++) {
    const y = ((heights[band - 1] as number) + (heights[band] as number)) / 2;
    const crossings = crossingsAt(y, rings);
    for (let index = 0; index + 1 < crossings.length; index += 2) {
      const candidate: LocalPoint = [((crossings[index] as number) + (crossings[index + 1] as number)) / 2, y];
      const clearance = distanceToRings(candidate, rings);
      if (clearance > bestClearance) {
        best = candidate;
        bestClearance = clearance;
      }
    }
  }
  return best ?? vertexAverage(rings[0] ?? []);
}

/** Where the horizontal line at `y` crosses the rings' edges, west to east. */
function crossingsAt(y: number, rings: readonly LocalRing[]): number[] {
  const crossings: number[] = [];
  for (const ring of rings) {
    for (let index = 0; index < ring.length; index++) {
      const [ax, ay] = ring[index] as LocalPoint;
      const [bx, by] = ring[(index + 1) % ring.length] as LocalPoint;
      if (ay > y !== by > y) crossings.push(ax + ((y - ay) * (bx - ax)) / (by - ay));
    }
  }
  return crossings.sort((a, b) => a - b);
}

/** A degenerate ring (no area) has no inside; its vertex average is the best place for a label. */
function vertexAverage(ring: LocalRing): LocalPoint {
  if (ring.length === 0) return [0, 0];
  const sum = ring.reduce<LocalPoint>(([sx, sy], [x, y]) => [sx + x, sy + y], [0, 0]);
  return [sum[0] / ring.length, sum[1] / ring.length];
}
