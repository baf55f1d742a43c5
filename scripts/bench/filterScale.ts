/**
 * A filter change with 10,000 SYNTHETIC facilities: how long until the list and the map show the result, in the
 * built app, against a bare maplibre page given the same filtered points (setData until idle), measured in the
 * same run in Debian's Chromium with software WebGL. The filter is one type turned on, then off again.
 * Prints medians and the ratio of the app's map update to the bare page's. Run: npm run build && npx tsx
 * scripts/bench/filterScale.ts [runs]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { builtAppFiles, median, serveFiles, type StaticFiles } from './benchSupport';
import { launchBrowser, openPage } from '../../tests/e2e/support/browser';
import { serveSyntheticDataset } from '../../tests/e2e/support/syntheticData';
import { syntheticFacilitiesFile, syntheticFacilityFeatures, syntheticSourcesFile } from '../../tests/fixtures/syntheticDataset';

const RUNS = Number(process.argv[2] ?? 5);
const COUNT = 10_000;
const TYPE = 'waiting_room';
const TYPE_LABEL = /Waiting room/;

const features = syntheticFacilityFeatures(COUNT);
const located = features.filter((feature) => feature.geometry !== null);
const chosen = features.filter((feature) => feature.properties.type === TYPE);
const expected = {
  on: { list: `${chosen.length.toLocaleString('en')} facilities`, map: chosen.filter((feature) => feature.geometry !== null).length },
  off: { list: `${COUNT.toLocaleString('en')} facilities`, map: located.length },
};

// The baseline: maplibre alone with the same points, clustered as the app clusters them, set anew on each change.
const barePage = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%}</style></head><body><div id="map"></div>
<script type="module">
import * as maplibregl from '/maplibre-gl.mjs';
maplibregl.setWorkerUrl('/maplibre-gl-worker.mjs');
const all = await (await fetch('/points.geojson')).json();
const map = new maplibregl.Map({ container: 'map', bounds: [124, 37.5, 131, 43.1], style: { version: 8, sources: {
  points: { type: 'geojson', data: all, cluster: true, clusterRadius: 40, clusterMaxZoom: 9 } }, layers: [
  { id: 'bg', type: 'background', paint: { 'background-color': '#0f1b24' } },
  { id: 'points', type: 'circle', source: 'points', paint: { 'circle-radius': 6, 'circle-color': '#e69f00' } } ] } });
window.bare = {
  ready: new Promise((resolve) => map.once('idle', resolve)),
  filter: (type) => new Promise((resolve) => {
    const start = performance.now();
    const features = type ? all.features.filter((feature) => feature.properties.type === type) : all.features;
    map.getSource('points').setData({ type: 'FeatureCollection', features });
    map.once('idle', () => resolve(performance.now() - start));
  }),
};
</script></body></html>`;

const MAPLIBRE_DIST = 'node_modules/maplibre-gl/dist';
const bareFiles: StaticFiles = {
  '/': ['text/html', barePage],
  '/points.geojson': ['application/json', JSON.stringify({ type: 'FeatureCollection', features: located })],
};
for (const name of readdirSync(MAPLIBRE_DIST).filter((file) => /\.(mjs|css)$/.test(file))) {
  bareFiles[`/${name}`] = [name.endsWith('.css') ? 'text/css' : 'text/javascript', readFileSync(join(MAPLIBRE_DIST, name))];
}

const bare = await serveFiles(bareFiles);
const app = await serveFiles(builtAppFiles('dist'));
const browser = await launchBrowser();

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
try {
  const tab = await openPage(browser, { width: 1280, height: 900 });
  await serveSyntheticDataset(tab.page, syntheticFacilitiesFile(features), syntheticSourcesFile());
  await tab.page.goto(app.url);
  await tab.page.waitForFunction((count) => document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.renderedFacilities === String(count), located.length, { timeout: 120_000 });
  await tab.page.locator('.list-count').waitFor();
  const bareTab = await openPage(browser, { width: 1280, height: 900 });
  await bareTab.page.goto(bare.url);
  await bareTab.page.waitForFunction('window.bare && window.bare.ready', undefined, { timeout: 60_000 });
  for (let run = 0; run < RUNS; run += 1) {
    for (const [state, type] of [['on', TYPE], ['off', null]] as const) {
      const shown = await appChange(tab.page, expected[state]);
      listTimes.push(shown.list);
      mapTimes.push(shown.map);
      bareTimes.push((await bareTab.page.evaluate(`window.bare.filter(${JSON.stringify(type)})`)) as number);
    }
  }
} finally {
  await browser.close();
  app.close();
  bare.close();
}

const list = (values: number[]) => values.map((ms) => ms.toFixed(0)).join(', ');
console.log(`facilities: ${COUNT} SYNTHETIC (${located.length} located); a type filter turned on and off, ${RUNS} times each`);
console.log(`app, list updated:        median ${median(listTimes).toFixed(0)} ms  (${list(listTimes)})`);
console.log(`app, map updated (idle):  median ${median(mapTimes).toFixed(0)} ms  (${list(mapTimes)})`);
console.log(`bare maplibre setData → idle: median ${median(bareTimes).toFixed(0)} ms  (${list(bareTimes)})`);
console.log(`ratio app map / bare: ${(median(mapTimes) / median(bareTimes)).toFixed(2)}x (budget: list and map < 100 ms)`);
