/**
 * The app's first render waits for the static first view (firstView.ts) to paint or give way: React's first render
 * and the map's construction would otherwise take the main thread in the very frames that paint what the reader
 * sees first. The first-view script says so with an event on window named after its mark, sent from the animation
 * frame that paints the view, so the app's render starts in the task after that frame. A page with no first view
 * (another address, interview mode, the dev server) waits for nothing, and a first view whose script never runs
 * holds the app back no longer than `waitMs`.
 */
import { FIRST_VIEW_DONE_MARK, FIRST_VIEW_ID, FIRST_VIEW_MARK } from './firstViewData';

/** How long the app waits for a first view that never paints (its script failed to load or threw). */
export const FIRST_VIEW_WAIT_MS = 1000;

const EVENTS = [FIRST_VIEW_MARK, FIRST_VIEW_DONE_MARK];

function settled(): boolean {
  return !document.getElementById(FIRST_VIEW_ID) || EVENTS.some((mark) => performance.getEntriesByName(mark).length > 0);
}

export function firstViewSettled(waitMs = FIRST_VIEW_WAIT_MS): Promise<void> {
  if (settled()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      for (const name of EVENTS) removeEventListener(name, done);
      clearTimeout(timer);
      resolve();
    };
    for (const name of EVENTS) addEventListener(name, done);
    const timer = setTimeout(done, waitMs);
  });
}
