/**
 * A filter change with 10,000 SYNTHETIC facilities (each inside its stated province): how long until the list and
 * the map show the result, in the built app, against the bare React + maplibre page (pages/bareMap) given the
 * same filtered points with the same layers — basemap, provinces, labels, clustered icons — on a map of the same
 * size (setData until idle), from the same server, in the same run, alternating, in Debian's Chromium with
 * software WebGL. The filter is one type turned on, then off again. When the app fits its camera to the results
 * (they were not all in view), the bare page fits the same points with the same padding and zoom limit, at once,
 * so both end on the same pixels. Prints medians, spreads and the ratio of the
 * app's map update to the bare page's (budget 1.5x). Run: npm run build && npx tsx scripts/bench/filterScale.ts [runs]
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { buildBenchPage, builtAppFiles, launchOfflineBrowser, serveFiles, spread, watchOffsite, withDataFiles } from './benchSupport';
import { mapPageData } from './mapPages';
import { syntheticFacilitiesFile, syntheticFacilityFeatures, syntheticSourcesFile, type ProvinceBoundaries } from '../../tests/fixtures/syntheticDataset';

const RUNS = Number(process.argv[2] ?? 5);
const COUNT = 10_000;
const BUDGET = 1.5;
const TYPE = 'waiting_room';
const TYPE_LABEL = /Waiting room/;
const VIEWPORT = { width: 1280, height: 900 };

const provinces = JSON.parse(readFileSync('data/geojson/provinces.geojson', 'utf8')) as ProvinceBoundaries;
const features = syntheticFacilityFeatures(COUNT, provinces);
const facilitiesFile = syntheticFacilitiesFile(features);
const located = features.filter((feature) => feature.geometry !== null);
const chosen = features.filter((feature) => feature.properties.type === TYPE);
const expected = {
  on: { list: `${chosen.length.toLocaleString('en')} facilities`, map: chosen.filter((feature) => feature.geometry !== null).length },
  off: { list: `${COUNT.toLocaleString('en')} facilities`, map: located.length },
};

const bare = await serveFiles({ ...(await buildBenchPage('bareMap')), ...mapPageData(facilitiesFile) });
const app = await serveFiles(withDataFiles(builtAppFiles('dist'), { facilities: facilitiesFile, sources: syntheticSourcesFile() }));
const browser = await launchOfflineBrowser();
const offsite: string[] = [];

/**
 * Clicks the type's checkbox and times, in the page, until the list and the map show `want`. (A string, not a
 * function: tsx would wrap the function's inner helpers in a name-keeping call the page does not have.)
 */
async function appChange(page: Page, want: { list: string; map: number }): Promise<{ list: number; map: number }> {
  return (await page.evaluate(`new Promise((resolve, reject) => {
    const mapElement = document.querySelector('[data-testid="map"]');
    const count = document.querySelector('.list-count');
    const box = [...document.querySelectorAll('input[type="checkbox"]')].find((input) => ${TYPE_LABEL}.test(input.closest('label')?.textContent ?? ''));
    if (!mapElement || !count || !box) return reject(new Error('the page has no map, list count or type checkbox'));
    const start = performance.now();
    const times = {};
    const check = () => {
      if (times.list === undefined && count.textContent === ${JSON.stringify(want.list)}) times.list = performance.now() - start;
      if (times.map === undefined && mapElement.dataset.renderedFacilities === '${want.map}') times.map = performance.now() - start;
      if (times.list !== undefined && times.map !== undefined) resolve(times);
    };
    new MutationObserver(check).observe(count, { childList: true, characterData: true, subtree: true });
    mapElement.addEventListener('atlas:map-idle', check);
    box.click();
  })`)) as { list: number; map: number };
}

const listTimes: number[] = [];
const mapTimes: number[] = [];
const bareTimes: number[] = [];
let cameraMoves = 0;
let mapSize: { width: number; height: number };
try {
  const appContext = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
  const appPage = await appContext.newPage();
  watchOffsite(appPage, offsite);
  await appPage.goto(app.url);
  await appPage.waitForFunction((count) => document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.renderedFacilities === String(count), located.length, { timeout: 180_000 });
  await appPage.locator('.list-count').waitFor();
  const box = await appPage.getByTestId('map').boundingBox();
  mapSize = { width: Math.round(box?.width ?? VIEWPORT.width), height: Math.round(box?.height ?? VIEWPORT.height) };
  const bareContext = await browser.newContext({ viewport: VIEWPORT });
  const barePage = await bareContext.newPage();
  watchOffsite(barePage, offsite);
  await barePage.goto(`${bare.url}?w=${mapSize.width}&h=${mapSize.height}`);
  await barePage.waitForFunction('window.bench && window.bench.ready', undefined, { timeout: 120_000 });
  for (let run = 0; run < RUNS; run += 1) {
    for (const [state, type] of [['on', TYPE], ['off', null]] as const) {
      const cameraBefore = new URL(appPage.url()).searchParams.get('map');
      const shown = await appChange(appPage, expected[state]);
      listTimes.push(shown.list);
      mapTimes.push(shown.map);
      // The app fits the results when they are not all in view at about that zoom; the bare page then makes the same move.
      await appPage.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.idle === 'true');
      const moved = new URL(appPage.url()).searchParams.get('map') !== cameraBefore;
      if (moved) cameraMoves += 1;
      bareTimes.push((await barePage.evaluate(`window.bench.filter(${JSON.stringify(type)}, ${moved})`)) as number);
    }
  }
} finally {
  await browser.close();
  app.close();
  bare.close();
}
if (offsite.length > 0) throw new Error(`a page tried to reach past this machine: ${offsite.join(', ')}`);

const [list, map, baseline] = [spread(listTimes), spread(mapTimes), spread(bareTimes)];
console.log(`facilities: ${COUNT} SYNTHETIC (${located.length} located); map ${mapSize.width}×${mapSize.height} in both; a type filter turned on and off, ${RUNS} times each, alternating with the bare page`);
console.log(`the app fitted its camera to the results in ${cameraMoves} of ${bareTimes.length} changes; the bare page made the same fit in those`);
console.log(`bare React + maplibre, same layers, setData → idle: ${baseline.text}`);
console.log(`app, map updated (idle):                          ${map.text}`);
console.log(`app, list updated:                                ${list.text}`);
const ratio = map.median / baseline.median;
console.log(`ratio app map / bare: ${ratio.toFixed(2)}x of medians: ${ratio <= BUDGET ? 'within' : 'OVER'} ${BUDGET}x`);
