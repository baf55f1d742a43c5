import { LEGEND_SHEET } from 'virtual:marker-sheets';
import type { FacilityType } from '../domain/enums';
import type { Facility } from '../domain/types';
import { legendIconKey, type LegendBadge } from '../map/icons/legendIcons';
import { DOUBTFUL_BADGE, IMPORTED_BADGE, LINKED_MARKER, UNCONFIRMED_BADGE } from '../map/icons/rasterBadges';

/** Shown 18 CSS pixels square. */
const ICON_SIZE = 18;

/**
 * One image of the legend sheet drawn at build time (markerSheets.ts), as a CSS sprite: the page draws no marker
 * (drawing them here, badges sampled pixel by pixel, was ~1 s of main thread on a slow CPU at first load).
 */
function SheetIcon({ sheetKey }: { sheetKey: string }) {
  const index = Math.max(0, LEGEND_SHEET.keys.indexOf(sheetKey));
  return (
    <span
      className="marker-icon"
      aria-hidden="true"
      style={{
        backgroundImage: `url("${LEGEND_SHEET.url}")`,
        backgroundSize: `${ICON_SIZE * LEGEND_SHEET.keys.length}px ${ICON_SIZE}px`,
        backgroundPosition: `${-index * ICON_SIZE}px 0`,
      }}
    />
  );
}

interface Props {
  type: FacilityType;
  approximate?: boolean;
  /** A badge over the marker (a doubtful point, an unconfirmed site, imported on this device), as the map draws it. */
  badge?: LegendBadge;
}

/** The same marker the map draws for a type, for the legend and lists (decorative). */
export function MarkerIcon({ type, approximate = false, badge }: Props) {
  return <SheetIcon sheetKey={legendIconKey(type, approximate, badge)} />;
}

/** The linked-place marker, drawn instead of a type marker (decorative). */
export function LinkedPlaceIcon() {
  return <SheetIcon sheetKey={LINKED_MARKER} />;
}

/**
 * The marker the map draws for this facility, for the list (decorative), with the badge that matters most when the map
 * draws several: a doubtful point, then an unconfirmed site, then imported on this device.
 */
export function FacilityMarkerIcon({ facility, imported = false }: { facility: Facility; imported?: boolean }) {
  if (facility.role === 'linked') return <LinkedPlaceIcon />;
  const badge = facility.location && facility.locationDoubt ? DOUBTFUL_BADGE : facility.confirmation?.status === 'unconfirmed' ? UNCONFIRMED_BADGE : imported ? IMPORTED_BADGE : undefined;
  return <MarkerIcon type={facility.type} approximate={facility.precision === 'approximate'} badge={badge} />;
}
