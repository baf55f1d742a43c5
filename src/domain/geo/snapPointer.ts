/**
 * Where a pointer snaps among drawn shapes: to the nearest vertex within the tolerance, else to the nearest point
 * on an edge within it, else nowhere. Distances are in screen pixels (what the user sees), results are the
 * shapes' own coordinates (a vertex is returned exactly, so two rooms that share a corner share the same numbers).
 */
import type { Position } from 'geojson';

export type ScreenPoint = { x: number; y: number };
/** Longitude/latitude → screen pixels. */
export type Project = (lng: number, lat: number) => ScreenPoint;

/** A vertex or path as read, never written. */
type Path = readonly (readonly number[])[];

export function snapPointer(pointer: ScreenPoint, paths: readonly Path[], project: Project, tolerancePx: number): Position | undefined {
  const screenPaths = paths.map((path) => path.map(([lng = 0, lat = 0]) => project(lng, lat)));
  let vertex: readonly number[] | undefined;
  let nearestVertex = tolerancePx;
  screenPaths.forEach((path, pathIndex) =>
    path.forEach((point, index) => {
      const distance = Math.hypot(point.x - pointer.x, point.y - pointer.y);
      if (distance <= nearestVertex) {
        nearestVertex = distance;
        vertex = paths[pathIndex]?.[index];
      }
    }),
  );
  if (vertex) return [...vertex];

  let onEdge: Position | undefined;
  let nearestEdge = tolerancePx;
  screenPaths.forEach((path, pathIndex) => {
    for (let index = 1; index < path.length; index += 1) {
      const a = path[index - 1];
      const b = path[index];
      const from = paths[pathIndex]?.[index - 1];
      const to = paths[pathIndex]?.[index];
      if (!a || !b || !from || !to) continue;
      const t = projectionOnSegment(pointer, a, b);
      const distance = Math.hypot(a.x + t * (b.x - a.x) - pointer.x, a.y + t * (b.y - a.y) - pointer.y);
      if (distance <= nearestEdge) {
        nearestEdge = distance;
        // Linear between the two vertices: exact for the straight edges GeoJSON draws over a few hundred metres.
        onEdge = [(from[0] ?? 0) + t * ((to[0] ?? 0) - (from[0] ?? 0)), (from[1] ?? 0) + t * ((to[1] ?? 0) - (from[1] ?? 0))];
      }
    }
  });
  return onEdge;
}

/** Where along a–b (0…1) the point nearest `p` lies. */
function projectionOnSegment(p: ScreenPoint, a: ScreenPoint, b: ScreenPoint): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  return lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
}
