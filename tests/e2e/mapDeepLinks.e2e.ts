import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/appServer';
import { bundledFacilities, facilityList, waitForMapIdle } from './support/atlasPage';
import { launchBrowser, openPage, screenshot, type TestPage } from './support/browser';
import { allowImagery, routeProviderTo } from './support/imageryRoutes';
import { startTileServer, type TileServer } from './support/tileServer';

function tileColumn(lon: number, zoom: number): number {
  return Math.floor(((lon + 180) / 360) * 2 ** zoom);
}

function tileRow(lat: number, zoom: number): number {
  const radians = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2) * 2 ** zoom);
}

function facilityNamed(name: string) {
  const feature = bundledFacilities.find((item) => item.properties.name.en === name);
  if (!feature) throw new Error(`${name} is not in the bundled data`);
  return feature.properties;
}

describe('deep links', () => {
  let server: AppServer;
  let tiles: TileServer;
  let browser: Browser;
  let tab: TestPage;
  const onsong = facilityNamed('Onsong County MPS Detention Centre');
  const cardHeading = () => tab.page.getByRole('article').getByRole('heading', { level: 2 }).textContent();

  beforeAll(async () => {
    server = await startAppServer();
    tiles = await startTileServer([120, 120, 40]);
    browser = await launchBrowser();
    tab = await openPage(browser);
    await routeProviderTo(tab.page, 'esri', tiles);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await tiles?.close();
  });

  it('restores facility, filters, imagery and camera from a URL', async () => {
    const link = `${server.url}/?facility=${onsong.id}&type=detention_centre&province=North+Hamgyong&imagery=esri-world-imagery&map=15/42.95964/129.98702`;
    await tab.page.goto(link);
    await expect.poll(cardHeading).toBe('Onsong County MPS Detention Centre');
    expect(await tab.page.getByRole('checkbox', { name: /Detention centre/ }).isChecked()).toBe(true);
    expect(await tab.page.getByLabel('Satellite imagery').inputValue()).toBe('esri-world-imagery');
    // The link chooses the imagery; it loads once the reader agrees to contact Esri.
    await allowImagery(tab.page, 'server.arcgisonline.com');
    await expect.poll(() => tiles.requests.length).toBeGreaterThan(0);
    await waitForMapIdle(tab.page);
    const params = new URL(tab.page.url()).searchParams;
    expect([params.get('facility'), params.get('map'), params.getAll('type'), params.getAll('province')]).toEqual([
      onsong.id,
      '15/42.95964/129.98702',
      ['detention_centre'],
      ['North Hamgyong'],
    ]);
    // Map zoom 15 draws 256-pixel tiles of zoom 16: the one holding the facility must have been fetched.
    expect(tiles.requests).toContain(`/ArcGIS/rest/services/World_Imagery/MapServer/tile/16/${tileRow(42.95964, 16)}/${tileColumn(129.98702, 16)}`);
    await screenshot(tab.page, 'deep-link-onsong');
  });

  it('goes back and forward through selections', async () => {
    const other = facilityList(tab.page).getByRole('button').filter({ hasNotText: 'Onsong County MPS Detention Centre' }).first();
    const otherName = await other.locator('.facility-name').textContent();
    await other.click();
    await expect.poll(cardHeading).toBe(otherName);
    await tab.page.goBack();
    await expect.poll(cardHeading).toBe('Onsong County MPS Detention Centre');
    await tab.page.goForward();
    await expect.poll(cardHeading).toBe(otherName);
  });

  it('keeps one history entry while a search is typed, so back returns to the previous selection', async () => {
    const entries = () => tab.page.evaluate(() => window.history.length);
    const facilityParam = () => new URL(tab.page.url()).searchParams.get('facility');
    // Where back must return: the selection the previous step left.
    const previousId = facilityParam();
    const previousName = await cardHeading();
    expect(previousId).toBeTruthy();
    expect(previousId).not.toBe(onsong.id);
    const before = await entries();
    const search = tab.page.getByLabel('Search facilities');
    await search.pressSequentially('Onsong', { delay: 30 });
    await expect.poll(() => new URL(tab.page.url()).searchParams.get('q')).toBe('Onsong');
    expect(await entries()).toBe(before);
    await facilityList(tab.page).getByRole('button', { name: /Onsong County MPS Detention Centre/ }).click();
    await expect.poll(cardHeading).toBe('Onsong County MPS Detention Centre');
    expect(await entries()).toBe(before + 1);
    await tab.page.goBack();
    await expect.poll(facilityParam).toBe(previousId);
    await expect.poll(cardHeading).toBe(previousName);
    expect(await search.inputValue()).toBe('Onsong');
  });

  it('sent nothing off this machine', () => {
    expect(tab.offsiteRequests).toEqual([]);
  });
});
