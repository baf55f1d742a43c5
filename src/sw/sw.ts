/// <reference lib="webworker" />
/**
 * The service worker: precaches the app's every file (pages, code chunks, the bundled data, the basemap, the
 * models) so that after one visit the map, the viewer, the workbench and interview mode start with no network;
 * answers navigations offline with index.html, or interview.html for interview mode. It never caches a third
 * party's tiles: only the files of the build are handled, everything else goes to the network as it would.
 * An update installs in the background and waits; it is applied when the reader asks (the update prompt), and
 * refused while interview mode is open in any tab.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { INTERVIEW_PATH, UPDATE_MESSAGES } from '../app/pagePaths';

declare const self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('/interview.html'), { allowlist: [INTERVIEW_PATH] }));
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [INTERVIEW_PATH] }));
// The first visit's page is served by this worker from now on, so it works offline without a reload. An update
// never takes over by itself: it waits (no skipWaiting here) until a page asks for it.
clientsClaim();

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type !== UPDATE_MESSAGES.apply) return;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      // A client's url is the one it opened with (interview mode moves to /interview/<id> by history.pushState),
      // so any page of interview mode counts as an interview in progress.
      const interviewing = windows.some((client) => INTERVIEW_PATH.test(new URL(client.url).pathname));
      if (!interviewing) return self.skipWaiting();
      event.ports[0]?.postMessage({ type: UPDATE_MESSAGES.deferred });
    }),
  );
});
