/**
 * What the build prepares for the static first view (scripts/build/firstView/) and the page's first-view script
 * draws: the default view's basemap and provinces as one SVG image, its facilities clustered as the live map
 * clusters them at each tile zoom, and the province labels in each language. Positions are Web Mercator units
 * (0–1 over the world), so the script places them for any container as the live map will.
 */
import type { Language } from '../../i18n/languages';

/** The element ids and marks the page and the build agree on. */
export const FIRST_VIEW_ID = 'first-view';
export const FIRST_VIEW_DATA_ID = 'first-view-data';
/** Marked in the frame that first paints the static view's facilities. */
export const FIRST_VIEW_MARK = 'atlas:first-view';
/** Marked when the static view gives way to the live map (or is not shown at all: then with detail "skipped"). */
export const FIRST_VIEW_DONE_MARK = 'atlas:first-view-done';

/** A facility drawn on its own (its marker image, faded when its point is doubtful), or a badge over one. */
export interface FirstViewMarker {
  x: number;
  y: number;
  icon: string;
  faded?: true;
  /** Violations at this facility (a ring around its marker), when any. */
  violations?: number;
}

/** A cluster: how many facilities, and the number as the map writes it ("1.2k"). */
export interface FirstViewCluster {
  x: number;
  y: number;
  count: number;
  text: string;
  /** The violations of its facilities, summed (a ring around it), when any. */
  violations?: number;
}

export interface FirstViewFacilities {
  clusters: FirstViewCluster[];
  markers: FirstViewMarker[];
  badges: FirstViewMarker[];
}

/**
 * The marker and badge images it draws, cut from the map's own sheets, 26 px square at 1×, one above the other in
 * `names`' order in the markers' strip (in the page's markup).
 */
export interface FirstViewIcons {
  names: string[];
}

/**
 * The view's images, written into the overlay's markup rather than its data: they load while the page is parsed,
 * before the first-view script runs. Data URLs: the geography as SVG, the markers' strip as PNG at [1×, 2×].
 */
export interface FirstViewImages {
  geography: string;
  strips: [string, string];
}

/** The overlay's images by class: the geography, and the markers' strip (its 2× source chosen by media query). */
export const FIRST_VIEW_GEOGRAPHY_CLASS = 'first-view-geography';
export const FIRST_VIEW_STRIP_CLASS = 'first-view-strip';

export interface FirstViewLabel {
  x: number;
  y: number;
  lines: string[];
}

export interface FirstViewData {
  /** The bounds the live map fits at first (MapController's COUNTRY_BOUNDS). */
  bounds: [number, number, number, number];
  /** The Mercator box the basemap and provinces image covers (the image itself is in the markup: FirstViewImages). */
  geography: { left: number; top: number; right: number; bottom: number };
  /** By tile zoom, in the order the map's layers draw them: clusters, markers, then badges layer by layer. */
  zooms: Record<string, FirstViewFacilities>;
  icons: FirstViewIcons;
  labels: Record<Language, FirstViewLabel[]>;
  /** Whether any facility has violations: the live map then hands over once it has drawn their rings too. */
  rings: boolean;
  /**
   * What the live map fetches only once it draws (the basemap): fetched when the page has loaded, so the live map
   * finds it in the cache instead of waiting a round trip and the download when it takes over.
   */
  later?: string[];
}

/**
 * Whether the static first view is on screen, the live map under it not yet handed over: no one sees the live
 * map or the sidebar fill in then, so they need not put the facilities first.
 */
export function staticViewShown(): boolean {
  return performance.getEntriesByName(FIRST_VIEW_MARK).length > 0 && performance.getEntriesByName(FIRST_VIEW_DONE_MARK).length === 0;
}
