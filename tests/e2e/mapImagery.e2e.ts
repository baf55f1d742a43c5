import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useAppSession } from './support/appSession';
import { bundledFacilities, mapElement, waitForMapIdle, waitForRenderedFacilities } from './support/atlasPage';
import { openPage, screenshot, type TestPage } from './support/browser';
import { allowImagery, consentButton, cutWaybackReleases, routeProviderTo, serveWaybackReleases, syntheticWaybackReleases } from './support/imageryRoutes';
import { colourShare, distinctColours } from './support/pixels';
import { startTileServer, type TileServer } from './support/tileServer';

const MAGENTA = [230, 0, 230] as const;
const CYAN = [0, 200, 220] as const;
const YELLOW = [250, 210, 0] as const;
/** Tiles arrive after the map has handled the change of layer: give them more than expect.poll's one second. */
const TILES = { timeout: 20_000 };
const located = bundledFacilities.filter((feature) => feature.geometry !== null).length;
const ESRI_HOST = 'server.arcgisonline.com';
const EOX_HOST = 'tiles.maps.eox.at';
const WAYBACK_HOST = 'wayback.maptiles.arcgis.com';
const IMAGERY_HOSTS = [ESRI_HOST, EOX_HOST, WAYBACK_HOST, 's3-us-west-2.amazonaws.com'];

describe('satellite imagery, from local tile servers', () => {
  const app = useAppSession();
  let tab: TestPage;
  let magenta: TileServer;
  let cyan: TileServer;
  let yellow: TileServer;

  beforeAll(async () => {
    magenta = await startTileServer(MAGENTA);
    cyan = await startTileServer(CYAN);
    yellow = await startTileServer(YELLOW);
  });

  beforeEach(async () => {
    await tab?.context.close();
    tab = await openPage(app.browser);
    await routeProviderTo(tab.page, 'esri', magenta);
    await routeProviderTo(tab.page, 'eox', cyan);
    await routeProviderTo(tab.page, 'wayback', yellow);
    magenta.setFailing(false);
    cyan.setFailing(false);
    await tab.page.goto(`${app.server.url}/?map=8/41.5/128.5`);
    await waitForMapIdle(tab.page);
    await tab.page.locator('.imagery-panel > summary').click();
  });

  // Every test: the real providers are never reached (their requests go to the local servers or are cut).
  afterEach(() => {
    expect(tab.offsiteRequests).toEqual([]);
    expect(tab.pageErrors.filter((error) => !/Failed to load resource|AJAXError/.test(error))).toEqual([]);
  });

  afterAll(async () => {
    await magenta?.close();
    await cyan?.close();
    await yellow?.close();
  });

  const imageryPicker = () => tab.page.getByLabel('Satellite imagery');

  it('requests and draws the tiles of the chosen layer once its host is agreed to, with its date, attribution and licence', async () => {
    const before = magenta.requests.length;
    await imageryPicker().selectOption({ label: 'Esri World Imagery' });
    await consentButton(tab.page, ESRI_HOST).waitFor();
    await waitForMapIdle(tab.page);
    expect(magenta.requests.length - before).toBe(0);
    await allowImagery(tab.page, ESRI_HOST);
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
    await allowImagery(tab.page, EOX_HOST);
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
    await allowImagery(tab.page, ESRI_HOST);
    await tab.page.getByLabel('Swipe-compare with').selectOption({ label: 'Sentinel-2 cloudless 2018 (EOX)' });
    await allowImagery(tab.page, EOX_HOST);
    await tab.page.locator('.maplibregl-compare').waitFor();
    await expect.poll(() => cyan.requests.length, TILES).toBeGreaterThan(0);
    // The panel folded away, as a reader comparing the two sides does: it covers part of the right side.
    await tab.page.locator('.imagery-panel > summary').click();
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
    // A tile server on this machine (loopback) is allowed by the page's policy; it still waits for the click.
    await allowImagery(tab.page, new URL(cyan.url).host);
    await expect.poll(() => cyan.requests.length - before).toBeGreaterThan(0);
    await tab.page.reload();
    await imageryPicker().waitFor();
    expect(await imageryPicker().inputValue()).toMatch(/^custom-/);
    expect(await imageryPicker().locator('option').allTextContents()).toContain('Local test tiles');
    expect(new URL(tab.page.url()).searchParams.get('imagery')).toMatch(/^custom-/);
  });

  it('loads the Wayback releases from their list, then requests and draws the chosen release and says its date is no capture date', async () => {
    await serveWaybackReleases(tab.page, syntheticWaybackReleases({ 99001: '2099-01-15', 99002: '2099-06-30' }));
    await tab.page.getByRole('button', { name: 'Load all Esri Wayback releases (online)' }).click();
    await tab.page.getByRole('status').filter({ hasText: '2 Wayback releases added to the list.' }).waitFor();
    expect(await imageryPicker().locator('option').allTextContents()).toEqual(
      expect.arrayContaining(['Esri Wayback 2014-02-20', 'Esri Wayback 2099-06-30', 'Esri Wayback 2099-01-15']),
    );
    await imageryPicker().selectOption({ label: 'Esri Wayback 2099-06-30' });
    await allowImagery(tab.page, WAYBACK_HOST);
    await expect.poll(() => yellow.requests.filter((path) => /\/MapServer\/tile\/99002\/\d+\/\d+\/\d+$/.test(path)).length, TILES).toBeGreaterThan(0);
    expect(yellow.requests.some((path) => path.includes('/tile/99001/'))).toBe(false);
    await expect.poll(async () => colourShare(await mapElement(tab.page).screenshot(), YELLOW), TILES).toBeGreaterThan(0.3);
    expect(await tab.page.locator('.imagery-facts').textContent()).toContain(
      'Release of 2099-06-30: a release date, not a capture date (imagery may be older)',
    );
    expect(new URL(tab.page.url()).searchParams.get('imagery')).toBe('esri-wayback-99002');
    await screenshot(tab.page, 'imagery-wayback');
  });

  it('says so when the Wayback release list cannot be reached, and keeps the release built into the app', async () => {
    await cutWaybackReleases(tab.page);
    const options = await imageryPicker().locator('option').allTextContents();
    await tab.page.getByRole('button', { name: 'Load all Esri Wayback releases (online)' }).click();
    await tab.page.getByRole('alert').filter({ hasText: 'The list of Wayback releases could not be loaded (offline or blocked)' }).waitFor();
    expect(await imageryPicker().locator('option').allTextContents()).toEqual(options);
    const before = yellow.requests.length;
    await imageryPicker().selectOption({ label: 'Esri Wayback 2014-02-20' });
    await allowImagery(tab.page, WAYBACK_HOST);
    await expect.poll(() => yellow.requests.slice(before).filter((path) => path.includes('/MapServer/tile/10/')).length, TILES).toBeGreaterThan(0);
    await expect.poll(async () => colourShare(await mapElement(tab.page).screenshot(), YELLOW), TILES).toBeGreaterThan(0.3);
    await screenshot(tab.page, 'imagery-wayback-offline');
  });

  it('states the imagery facts in Korean, keeping the provider attribution verbatim', async () => {
    await tab.page.getByRole('button', { name: '한국어' }).click();
    const picker = tab.page.getByLabel('위성 영상');
    await picker.selectOption({ label: 'Sentinel-2 cloudless 2020 (EOX)' });
    const facts = tab.page.locator('.imagery-facts');
    await expect.poll(() => facts.textContent()).toContain('2020년 구름 없는 합성 영상 (해상도 10 m)');
    const eox = (await facts.textContent()) ?? '';
    expect(eox).toContain('크리에이티브 커먼즈 저작자표시-비영리-동일조건변경허락 4.0');
    expect(eox).toContain('Sentinel-2 cloudless - https://s2maps.eu by EOX IT Services GmbH (Contains modified Copernicus Sentinel data 2020)');
    expect(eox).not.toMatch(/Cloud-free composite|Creative Commons/);
    await picker.selectOption({ label: 'Esri Wayback 2014-02-20' });
    await expect.poll(() => facts.textContent()).toContain('2014-02-20 배포본: 배포일이며 촬영일이 아닙니다');
    expect(await facts.textContent()).toContain('Tiles © Esri — Source: Esri, i-cubed, USDA, USGS');
    await waitForMapIdle(tab.page);
    await screenshot(tab.page, 'imagery-facts-ko');
  });

  it('says a custom layer on a host the site does not allow cannot load, and asks nothing of that host', async () => {
    await tab.page.getByText('Add your own imagery layer').click();
    await tab.page.getByLabel('Name').fill('SYNTHETIC remote tiles');
    await tab.page.getByLabel('XYZ or TMS URL template').fill('https://tiles.example.org/{z}/{x}/{y}.png');
    await tab.page.getByRole('button', { name: 'Add layer' }).click();
    await tab.page.getByRole('alert').filter({ hasText: "This site's security policy does not allow imagery from tiles.example.org" }).waitFor();
    expect(await tab.page.getByRole('button', { name: /contact tiles\.example\.org/ }).count()).toBe(0);
    await waitForMapIdle(tab.page);
    await screenshot(tab.page, 'imagery-custom-not-allowed');
  });

  it('makes no request beyond the app itself while imagery is off', async () => {
    const requested: string[] = [];
    tab.page.on('request', (request) => requested.push(request.url()));
    await tab.page.goto(app.server.url);
    await waitForRenderedFacilities(tab.page, located);
    expect(await imageryPicker().inputValue()).toBe('');
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith(app.server.url) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  });

  it('opens a shared link with its imagery chosen but paused: nothing asked of the hosts until the click, then tiles with no Referer', async () => {
    const requested: { url: string; referer: string | undefined }[] = [];
    tab.page.on('request', (request) => requested.push({ url: request.url(), referer: request.headers().referer }));
    const fromImageryHosts = () => requested.filter(({ url }) => IMAGERY_HOSTS.includes(new URL(url).hostname));
    const counts = () => [magenta.requests.length, cyan.requests.length];
    const before = counts();
    await tab.page.goto(`${app.server.url}/?imagery=esri-world-imagery&compare=eox-s2cloudless-2018&facility=nkpd-pe7q4z9cv8`);
    await tab.page.getByRole('article').getByRole('heading', { name: 'Onsong County MPS Detention Centre' }).waitFor();
    await waitForMapIdle(tab.page);
    const paused = tab.page.getByRole('group', { name: 'Imagery from Esri paused' });
    expect(await paused.textContent()).toContain('Paused: nothing has been requested from Esri yet.');
    await consentButton(tab.page, EOX_HOST).waitFor();
    expect(await imageryPicker().inputValue()).toBe('esri-world-imagery');
    expect(fromImageryHosts()).toEqual([]);
    expect(counts()).toEqual(before);
    await screenshot(tab.page, 'imagery-link-paused');

    await allowImagery(tab.page, ESRI_HOST);
    await expect.poll(() => magenta.requests.length - (before[0] ?? 0), TILES).toBeGreaterThan(0);
    await waitForMapIdle(tab.page);
    // Only the host agreed to: the comparison's layer (another host) stays paused.
    expect(cyan.requests.length).toBe(before[1]);
    expect(new Set(fromImageryHosts().map(({ url }) => new URL(url).hostname))).toEqual(new Set([ESRI_HOST]));
    expect(fromImageryHosts().filter(({ referer }) => referer !== undefined)).toEqual([]);
    await screenshot(tab.page, 'imagery-link-allowed');

    // The tab keeps the consent across a reload; stopping it pauses the layer again and asks nothing more.
    await tab.page.reload();
    await tab.page.getByRole('button', { name: `Stop contacting ${ESRI_HOST}` }).click();
    await consentButton(tab.page, ESRI_HOST).waitFor();
    await waitForMapIdle(tab.page);
    const stopped = magenta.requests.length;
    await tab.page.goto(`${app.server.url}/?imagery=esri-world-imagery&map=12/41/129`);
    await waitForMapIdle(tab.page);
    await consentButton(tab.page, ESRI_HOST).waitFor();
    expect(magenta.requests.length).toBe(stopped);
  });
});
