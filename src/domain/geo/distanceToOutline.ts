/**
 * Distance from a point to a polygon's outline, on a flat projection around the point. Edges are straight in
 * lon/lat, as GeoJSON draws them (RFC 7946 §3.1.1) and as point-in-polygon tests them. Over the few kilometres
 * it is used for this is exact to metres, and far faster than turf's pointToPolygonDistance, which matters when
 * thousands of points sit near coasts and borders.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

const KM_PER_DEGREE = 111.32;

export function distanceToOutlineKm([lon = 0, lat = 0]: Position, geometry: Polygon | MultiPolygon): number {
  const kmPerDegreeLon = KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  let nearest = Infinity;
  for (const ring of rings) {
    for (let index = 1; index < ring.length; index += 1) {
      const [aLon = 0, aLat = 0] = ring[index - 1] ?? [];
      const [bLon = 0, bLat = 0] = ring[index] ?? [];
      const distance = distanceToSegment(
        (aLon - lon) * kmPerDegreeLon,
        (aLat - lat) * KM_PER_DEGREE,
        (bLon - lon) * kmPerDegreeLon,
        (bLat - lat) * KM_PER_DEGREE,
      );
      if (distance < nearest) nearest = distance;
    }
  }
  return nearest;
}

/** Distance from the origin to the segment a–b. */
function distanceToSegment(ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / lengthSquared));
  return Math.hypot(ax + t * dx, ay + t * dy);
}
