/**
 * Registers the service worker (src/sw/sw.ts) once the first screen is done — on the map's pages, once the map
 * has drawn its facilities; elsewhere once the page has loaded — so precaching every file does not compete with
 * it, and tells the update prompt when a new version is waiting. Browsers offer service workers in
 * secure contexts only (https, localhost): elsewhere — a tablet on plain http:// — the app runs as before, online.
 */
import { Workbox } from 'workbox-window';
import { create } from 'zustand';
import { FACILITIES_VISIBLE_MARK, PAGES_WITHOUT_MAP, UPDATE_MESSAGES } from './pagePaths';

interface UpdateState {
  /** A new version is installed and waiting. */
  waiting: boolean;
  /** The reader asked for it while an interview was open in another tab: it waits for that to end. */
  deferred: boolean;
}

export const useAppUpdate = create<UpdateState>()(() => ({ waiting: false, deferred: false }));

/**
 * Asks the waiting version to take over; this page reloads into it once it does. The worker answers only when
 * it refuses (an interview session is open in some tab).
 */
export async function applyUpdate(): Promise<void> {
  const waiting = (await navigator.serviceWorker.getRegistration())?.waiting;
  if (!waiting) return;
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent<{ type?: string }>) => {
    if (event.data.type === UPDATE_MESSAGES.deferred) useAppUpdate.setState({ deferred: true });
  };
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  waiting.postMessage({ type: UPDATE_MESSAGES.apply }, [channel.port2]);
}

export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const workbox = new Workbox('/sw.js', { scope: '/' });
  // Also when the update was found by another tab or was already waiting when this page opened.
  workbox.addEventListener('waiting', () => useAppUpdate.setState({ waiting: true, deferred: false }));
  const register = () => void workbox.register().catch(() => undefined);
  const afterLoad = PAGES_WITHOUT_MAP.test(window.location.pathname) ? register : () => afterFirstFacilities(register);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}

/** Longest wait for the map's first facilities (a map with nothing to draw, or no WebGL). */
const FIRST_FACILITIES_WAIT_MS = 10_000;

function afterFirstFacilities(then: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    then();
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(FACILITIES_VISIBLE_MARK).length > 0) once();
  });
  observer.observe({ type: 'mark', buffered: true });
  setTimeout(once, FIRST_FACILITIES_WAIT_MS);
}
