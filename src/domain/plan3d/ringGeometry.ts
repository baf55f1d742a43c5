/** Planar geometry on rings in local metres: orientation, area, containment, distances. */
import type { Position } from 'geojson';
import type { LocalPoint, LocalRing } from './sceneTypes';

/** A GeoJSON ring without its repeated closing position. */
export function withoutClosingPosition(ring: readonly Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  const closed = ring.length > 1 && first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  return closed ? ring.slice(0, -1) : [...ring];
}

/** Shoelace area: positive when the ring runs counter-clockwise (x east, y north). */
export function signedArea(ring: LocalRing): number {
  let twice = 0;
  for (let index = 0; index < ring.length; index++) {
    const [x1, y1] = ring[index] as LocalPoint;
    const [x2, y2] = ring[(index + 1) % ring.length] as LocalPoint;
    twice += x1 * y2 - x2 * y1;
  }
  return twice / 2;
}

/** The ring itself when it already runs counter-clockwise, else a reversed copy. */
export function counterClockwise(ring: LocalRing): LocalRing {
  return signedArea(ring) < 0 ? [...ring].reverse() : ring;
}

/** Even-odd containment; a point exactly on an edge may fall either side, consistently for shared edges. */
export function pointInRing([x, y]: LocalPoint, ring: LocalRing): boolean {
  let inside = false;
  for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
    const [xi, yi] = ring[index] as LocalPoint;
    const [xj, yj] = ring[previous] as LocalPoint;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function distanceToSegment([x, y]: LocalPoint, [ax, ay]: LocalPoint, [bx, by]: LocalPoint): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const along = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / lengthSquared));
  return Math.hypot(x - (ax + along * dx), y - (ay + along * dy));
}

/** Distance from a point to the nearest edge of any of the rings. */
export function distanceToRings(point: LocalPoint, rings: readonly LocalRing[]): number {
  let nearest = Infinity;
  for (const ring of rings) {
    for (let index = 0; index < ring.length; index++) {
      const distance = distanceToSegment(point, ring[index] as LocalPoint, ring[(index + 1) % ring.length] as LocalPoint);
      if (distance < nearest) nearest = distance;
    }
  }
  return nearest;
}

/** [minX, minY, maxX, maxY] of the points, or null when there are none. */
export function pointBounds(points: readonly LocalPoint[]): [number, number, number, number] | null {
  if (points.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}
