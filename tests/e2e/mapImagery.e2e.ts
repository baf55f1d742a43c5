import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/appServer';
import { bundledFacilities, mapElement, waitForMapIdle, waitForRenderedFacilities } from './support/atlasPage';
import { launchBrowser, openPage, screenshot, type TestPage } from './support/browser';
import { routeProviderTo } from './support/imageryRoutes';
import { colourShare, distinctColours } from './support/pixels';
import { startTileServer, type TileServer } from './support/tileServer';

const MAGENTA = [230, 0, 230] as const;
const CYAN = [0, 200, 220] as const;
const located = bundledFacilities.filter((feature) => feature.geometry !== null).length;

describe('satellite imagery, from local tile servers', () => {
  let server: AppServer;
  let browser: Browser;
  let tab: TestPage;
  let magenta: TileServer;
  let cyan: TileServer;

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser();
    magenta = await startTileServer(MAGENTA);
    cyan = await startTileServer(CYAN);
  });

  beforeEach(async () => {
    await tab?.context.close();
    tab = await openPage(browser);
    await routeProviderTo(tab.page, 'esri', magenta);
    await routeProviderTo(tab.page, 'eox', cyan);
    magenta.setFailing(false);
    cyan.setFailing(false);
    await tab.page.goto(`${server.url}/?map=8/41.5/128.5`);
    await waitForMapIdle(tab.page);
    await tab.page.locator('.imagery-panel > summary').click();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await magenta?.close();
    await cyan?.close();
  });

  const imageryPicker = () => tab.page.getByLabel('Satellite imagery');

  it('requests and draws the tiles of the chosen layer, with its date, attribution and licence', async () => {
    const before = magenta.requests.length;
    await imageryPicker().selectOption({ label: 'Esri World Imagery' });
    await expect.poll(() => magenta.requests.length - before).toBeGreaterThan(0);
    await waitForMapIdle(tab.page);
    expect(colourShare(await mapElement(tab.page).screenshot(), MAGENTA)).toBeGreaterThan(0.3);
    const facts = tab.page.locator('.imagery-facts');
    expect(await facts.textContent()).toMatch(/capture dates differ.*Tiles © Esri.*terms of use/s);
    expect(magenta.requests.some((path) => /\/tile\/\d+\/\d+\/\d+$/.test(path))).toBe(true);
    await screenshot(tab.page, 'imagery-esri');
  });

  it('says so when tiles fail, and keeps the basemap and the facilities', async () => {
    cyan.setFailing(true);
    await imageryPicker().selectOption({ label: 'Sentinel-2 cloudless 2020 (EOX)' });
    await tab.page.getByRole('alert').filter({ hasText: 'could not be loaded' }).waitFor();
    await waitForMapIdle(tab.page);
    const image = await mapElement(tab.page).screenshot();
    expect(colourShare(image, CYAN)).toBe(0);
    expect(distinctColours(image)).toBeGreaterThanOrEqual(4);
    expect(Number(await mapElement(tab.page).getAttribute('data-rendered-facilities'))).toBeGreaterThan(0);
    await screenshot(tab.page, 'imagery-failed');
  });

  it('swipe-compares two layers side by side', async () => {
    await imageryPicker().selectOption({ label: 'Esri World Imagery' });
    await tab.page.getByLabel('Swipe-compare with').selectOption({ label: 'Sentinel-2 cloudless 2018 (EOX)' });
    await tab.page.locator('.maplibregl-compare').waitFor();
    await expect.poll(() => cyan.requests.length).toBeGreaterThan(0);
    await waitForMapIdle(tab.page);
    await tab.page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLElement>('.map')].every((element) => element.dataset.idle === 'true'),
    );
    const image = await tab.page.locator('.map-area').screenshot();
    expect(colourShare(image, MAGENTA)).toBeGreaterThan(0.15);
    expect(colourShare(image, CYAN)).toBeGreaterThan(0.15);
    await screenshot(tab.page, 'imagery-compare');
  });

  it('adds a custom XYZ layer that is kept across a reload', async () => {
    await tab.page.getByText('Add your own imagery layer').click();
    await tab.page.getByLabel('Name').fill('Local test tiles');
    await tab.page.getByLabel('XYZ or TMS URL template').fill(`${cyan.url}/{z}/{x}/{y}.png`);
    const before = cyan.requests.length;
    await tab.page.getByRole('button', { name: 'Add layer' }).click();
    await expect.poll(() => cyan.requests.length - before).toBeGreaterThan(0);
    await tab.page.reload();
    await imageryPicker().waitFor();
    expect(await imageryPicker().inputValue()).toMatch(/^custom-/);
    expect(await imageryPicker().locator('option').allTextContents()).toContain('Local test tiles');
    expect(new URL(tab.page.url()).searchParams.get('imagery')).toMatch(/^custom-/);
  });

  it('never reaches the real providers', () => {
    expect(tab.offsiteRequests).toEqual([]);
    expect(tab.pageErrors.filter((error) => !/Failed to load resource|AJAXError|500/.test(error))).toEqual([]);
  });

  it('makes no request beyond the app itself while imagery is off', async () => {
    const requested: string[] = [];
    tab.page.on('request', (request) => requested.push(request.url()));
    await tab.page.goto(server.url);
    await waitForRenderedFacilities(tab.page, located);
    expect(await imageryPicker().inputValue()).toBe('');
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  });
});
