/**
 * The live map's first view worked out without maplibre: Web Mercator as maplibre projects it (a world 512 px wide
 * at zoom 0) and the camera `fitBounds` gives a container of a size, so the static first view
 * (scripts/build/firstView/) is drawn where the live map will draw the same things. Pure: the build and the page's
 * small first-view script share it.
 */

/** North Korea with a margin: the map's first view when the URL names none ([west, south, east, north]). */
export const COUNTRY_BOUNDS: [number, number, number, number] = [124.0, 37.5, 131.0, 43.1];

/** maplibre's world size at zoom 0, in CSS pixels. */
export const WORLD_PIXELS = 512;

/** A longitude as Web Mercator's x, 0 (180° W) to 1 (180° E). */
export function mercatorX(lon: number): number {
  return (lon + 180) / 360;
}

/** A latitude as Web Mercator's y, 0 at the top of the world, 1 at the bottom. */
export function mercatorY(lat: number): number {
  const radians = (lat * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + radians / 2)) / Math.PI) / 2;
}

export interface FirstCamera {
  zoom: number;
  /** The view's centre in Mercator units. */
  centre: [number, number];
}

/**
 * The camera maplibre's `fitBounds` (no padding, no rotation) gives a `width`×`height` container for
 * [west, south, east, north]: the bounds' Mercator box centred, at the largest zoom that shows it whole.
 */
export function fitBoundsCamera(bounds: readonly [number, number, number, number], width: number, height: number, maxZoom = 20): FirstCamera {
  const [west, south, east, north] = bounds;
  const [left, right, top, bottom] = [mercatorX(west), mercatorX(east), mercatorY(north), mercatorY(south)];
  const scale = Math.min(width / ((right - left) * WORLD_PIXELS), height / ((bottom - top) * WORLD_PIXELS));
  return { zoom: Math.min(maxZoom, Math.log2(scale)), centre: [(left + right) / 2, (top + bottom) / 2] };
}

/** Where a Mercator point lands in the container, in CSS pixels from its top left. */
export function toScreen(camera: FirstCamera, width: number, height: number, x: number, y: number): [number, number] {
  const worldSize = WORLD_PIXELS * 2 ** camera.zoom;
  return [(x - camera.centre[0]) * worldSize + width / 2, (y - camera.centre[1]) * worldSize + height / 2];
}

/**
 * The zoom of the tiles a GeoJSON source is cut into at `zoom` (maplibre covers a 512 px source with tiles of the
 * zoom rounded down): clustering, and so which points are drawn as clusters, depends on it alone.
 */
export function tileZoom(zoom: number): number {
  return Math.floor(zoom);
}
