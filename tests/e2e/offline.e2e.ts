/**
 * After one visit the app works with no network: the service worker has precached every file of the build, so
 * with the browser offline and the server stopped, a reload draws the map's facilities, a facility's 3D view
 * opens, the workbench draws its map and interview mode starts a session.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/appServer';
import { bundledFacilities, waitForRenderedFacilities } from './support/atlasPage';
import { launchBrowser, openPage, screenshot, type TestPage } from './support/browser';
import { startInterview } from './support/interviewSteps';
import { ONSONG, waitForScene } from './support/viewerSteps';

const located = bundledFacilities.filter((feature) => feature.geometry !== null).length;

describe('offline after one visit', () => {
  let server: AppServer | undefined;
  let browser: Browser;
  let tab: TestPage;
  let appUrl = '';
  /** Requests the browser could not answer once offline (none may fail). */
  const failed: string[] = [];

  beforeAll(async () => {
    server = await startAppServer();
    appUrl = server.url;
    browser = await launchBrowser();
    tab = await openPage(browser, undefined, { serviceWorkers: 'allow' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('installs the service worker on the first visit, which then controls the page', async () => {
    await tab.page.goto(appUrl);
    await waitForRenderedFacilities(tab.page, located);
    // Controlled means installed (every file precached) and activated.
    await tab.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
    const cached = await tab.page.evaluate(async () => {
      const names = await caches.keys();
      const requests = (await Promise.all(names.map(async (name) => (await caches.open(name)).keys()))).flat();
      return requests.map((request) => new URL(request.url).pathname);
    });
    expect(cached).toEqual(expect.arrayContaining(['/index.html', '/interview.html']));
    expect(cached.filter((path) => /\/assets\/facilities-[\w-]+\.geojson$/.test(path))).toHaveLength(1);
    expect(cached.filter((path) => /\/assets\/korea-region-[\w-]+\.geojson$/.test(path))).toHaveLength(1);
    expect(cached.filter((path) => /\/assets\/(viewer|WorkbenchPage|InterviewApp|FacilityViewer)-[\w-]+\.js$/.test(path))).toHaveLength(4);
    expect(cached.every((path) => !path.includes('arcgis') && !path.includes('eox'))).toBe(true);
  });

  it('reloads the map with the network cut and the server stopped, and draws every located facility', async () => {
    await tab.context.setOffline(true);
    await server?.close();
    server = undefined;
    tab.page.on('requestfailed', (request) => failed.push(request.url()));
    await tab.page.reload();
    await waitForRenderedFacilities(tab.page, located);
    await tab.page.getByRole('list', { name: 'Facilities' }).waitFor();
    await screenshot(tab.page, 'offline-map');
  });

  it("opens a facility's 3D view offline", async () => {
    await tab.page.goto(`${appUrl}/facility/${ONSONG}`);
    await waitForScene(tab.page);
    await screenshot(tab.page, 'offline-facility');
  });

  it('opens the workbench offline, its map drawn', async () => {
    await tab.page.goto(`${appUrl}/workbench/${ONSONG}`);
    await tab.page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="workbench-map"]')?.dataset.idle === 'true', null, { timeout: 60_000 });
  });

  it('starts an interview offline, from interview mode’s own page', async () => {
    await startInterview(tab.page, appUrl, 'SYNTHETIC-INT-OFFLINE', 'OF');
    expect(await tab.page.title()).toBe('Facility Atlas — interview mode');
    await tab.page.reload();
    await waitForScene(tab.page);
    await screenshot(tab.page, 'offline-interview');
  });

  it('failed no request and reached no other host', () => {
    expect(failed).toEqual([]);
    expect(tab.offsiteRequests).toEqual([]);
    expect(tab.pageErrors).toEqual([]);
  });
});
