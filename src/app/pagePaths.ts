/**
 * The app's pages by path, shared by the build (which page gets which security policy), the service worker
 * (which page answers a navigation offline, and no update while interview mode is open).
 */

/** Interview mode: /interview (start and sessions) or /interview/<session id>; served interview.html. */
export const INTERVIEW_PATH = /^\/interview(\/[^/]*)?\/?$/;

/** The messages the pages and the service worker exchange about an update. */
export const UPDATE_MESSAGES = { apply: 'atlas:apply-update', deferred: 'atlas:update-deferred' } as const;
