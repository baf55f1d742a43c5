/**
 * The app's pages by path, shared by the build (which page gets which security policy), the service worker
 * (which page answers a navigation offline, and no update while interview mode is open) and its registration
 * (after the first facilities on the map's pages).
 */

/** Interview mode: /interview (start and sessions) or /interview/<session id>; served interview.html. */
export const INTERVIEW_PATH = /^\/interview(\/[^/]*)?\/?$/;

/** The messages the pages and the service worker exchange about an update. */
export const UPDATE_MESSAGES = { apply: 'atlas:apply-update', deferred: 'atlas:update-deferred' } as const;

/** The performance mark of the first frame in which the map draws facilities (MapController; the benchmarks). */
export const FACILITIES_VISIBLE_MARK = 'atlas:facilities-visible';

/** The first frame with everything the reader sees at first: basemap, provinces with their labels, facilities. */
export const MAP_COMPLETE_MARK = 'atlas:map-complete';

/** The map has drawn the facilities with their violations' counts (the rings) for the first time. */
export const MAP_EVIDENCE_MARK = 'atlas:map-evidence';

/** Pages that draw no map: the workbench has a map of its own, interview mode none. */
export const PAGES_WITHOUT_MAP = /^\/(interview|workbench)(\/|$)/;

