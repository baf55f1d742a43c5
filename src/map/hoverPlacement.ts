/**
 * Where the hover tooltip goes so it never covers the selected facility's marker: above the hovered marker as
 * usual, below it when the selected marker stands just above, and no tooltip on the selected marker itself (its
 * card already names it).
 */

export type TooltipAnchor = 'bottom' | 'top' | null;

interface ScreenPoint {
  x: number;
  y: number;
}

/** Room the tooltip takes above its marker, in pixels: about a two-line name, and half its width either side. */
const TOOLTIP_HEIGHT = 64;
const TOOLTIP_HALF_WIDTH = 130;

/**
 * The tooltip's anchor in maplibre's terms ('bottom': the tooltip's bottom at the marker, so it sits above), or null
 * for no tooltip.
 */
export function tooltipAnchor(hovered: ScreenPoint, selected: ScreenPoint | null, hoveringSelected: boolean): TooltipAnchor {
  if (hoveringSelected) return null;
  if (!selected) return 'bottom';
  const above = hovered.y - selected.y;
  const besides = Math.abs(hovered.x - selected.x);
  return above > 0 && above < TOOLTIP_HEIGHT + 20 && besides < TOOLTIP_HALF_WIDTH + 20 ? 'top' : 'bottom';
}
