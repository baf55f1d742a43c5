/** Areas, in square metres, where two polygons disagree: how far one pokes out of another, how much two share. */
import { area, bbox, difference, featureCollection, intersect, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** Area of `inner` lying outside `outer`. */
export function areaOutside(inner: Polygon, outer: Polygon): number {
  return measured(() => difference(featureCollection([polygon(inner.coordinates), polygon(outer.coordinates)])));
}

/** Area two polygons share; polygons that only touch along an edge share none. */
export function sharedArea(a: Polygon, b: Polygon): number {
  if (!boxesOverlap(a, b)) return 0;
  return measured(() => intersect(featureCollection([polygon(a.coordinates), polygon(b.coordinates)])));
}

/**
 * The area of a clipping result. The clipper can throw on nearly coincident edges; a shape it cannot clip is
 * not evidence of a drawing error, so it counts as nothing rather than stopping the load.
 */
function measured(clip: () => Feature<Polygon | MultiPolygon> | null): number {
  try {
    const result = clip();
    return result ? area(result) : 0;
  } catch {
    return 0;
  }
}

/** Cheap test first: bounding boxes with no shared interior cannot share area. */
function boxesOverlap(a: Polygon, b: Polygon): boolean {
  const [aWest, aSouth, aEast, aNorth] = bbox(a);
  const [bWest, bSouth, bEast, bNorth] = bbox(b);
  return aWest < bEast && bWest < aEast && aSouth < bNorth && bSouth < aNorth;
}
