/**
 * The images the legend and the lists show beside a facility (MarkerIcon): each type's marker, hollow when its point
 * is approximate, faded with a "!" when its point is doubtful, with a "?" when its site is unconfirmed or an arrow when
 * it was imported on this device, and the linked-place marker — the map's own pixels (rasterMarker, rasterBadges) laid together as the map's layers lay
 * them. Pure: the build puts them on one sheet (markerSheets.ts), so the page draws none of them.
 */
import { FACILITY_TYPES, type FacilityType } from '../../domain/enums';
import { DOUBTFUL_MARKER_OPACITY } from '../layers/facilityLayers';
import { DOUBTFUL_BADGE, IMPORTED_BADGE, LINKED_MARKER, rasterBadge, UNCONFIRMED_BADGE, type BadgeName } from './rasterBadges';
import { blend, rasterMarker } from './rasterMarker';

export type LegendBadge = typeof DOUBTFUL_BADGE | typeof UNCONFIRMED_BADGE | typeof IMPORTED_BADGE;

/** The sheet's key of a marker with its badge. */
export function legendIconKey(type: FacilityType, approximate: boolean, badge?: LegendBadge): string {
  return `${type}:${approximate ? 'approximate' : 'site'}:${badge ?? ''}`;
}

/** Every image on the legend sheet, in its order: the markers with each badge, then the linked-place marker. */
export const LEGEND_KEYS: readonly string[] = [
  ...FACILITY_TYPES.flatMap((type) => [false, true].flatMap((approximate) => ([undefined, DOUBTFUL_BADGE, UNCONFIRMED_BADGE, IMPORTED_BADGE] as const).map((badge) => legendIconKey(type, approximate, badge)))),
  LINKED_MARKER,
];

/** `over` laid on `under` (both straight RGBA of the same size), source-over, as the map draws a badge's layer. */
function layOver(under: Uint8ClampedArray, over: Uint8ClampedArray): void {
  for (let at = 0; at < under.length; at += 4) {
    const alpha = (over[at + 3] ?? 0) / 255;
    if (alpha > 0) blend(under, at, [over[at] ?? 0, over[at + 1] ?? 0, over[at + 2] ?? 0, alpha], 1);
  }
}

/** One legend image's pixels at `pixelRatio`. */
export function legendIconPixels(key: string, pixelRatio: number): Uint8ClampedArray {
  if (key === LINKED_MARKER) return rasterBadge(LINKED_MARKER, pixelRatio);
  const [type, precision, badge] = key.split(':') as [FacilityType, string, BadgeName | ''];
  const pixels = rasterMarker(type, precision === 'approximate', pixelRatio);
  // The map fades a doubtful point's marker (facilityLayers' icon-opacity): the legend shows it so.
  if (badge === DOUBTFUL_BADGE) for (let at = 3; at < pixels.length; at += 4) pixels[at] = (pixels[at] ?? 0) * DOUBTFUL_MARKER_OPACITY;
  if (badge) layOver(pixels, rasterBadge(badge, pixelRatio));
  return pixels;
}
