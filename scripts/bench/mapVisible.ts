/**
 * Time to facilities visible: the built app against a bare maplibre page drawing the same points, measured in
 * the same run, alternating, in Debian's Chromium with software WebGL. Prints medians, the ratio, and the gzip
 * sizes of the JavaScript the map page loads. Run: npm run build && npx tsx scripts/bench/mapVisible.ts [runs]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtAppFiles, gzipKiB, median, serveFiles, type StaticFiles } from './benchSupport';
import { launchBrowser } from '../../tests/e2e/support/browser';

const RUNS = Number(process.argv[2] ?? 7);
const MARK = 'atlas:facilities-visible';

const facilities = JSON.parse(readFileSync('data/geojson/facilities.geojson', 'utf8')) as { features: { geometry: unknown }[] };
const points = { type: 'FeatureCollection', features: facilities.features.filter((feature) => feature.geometry !== null) };

// The baseline: maplibre's own bundle, a background, the points as circles, the same finish line.
const barePage = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%}</style></head><body><div id="map"></div>
<script type="module">
import * as maplibregl from '/maplibre-gl.mjs';
maplibregl.setWorkerUrl('/maplibre-gl-worker.mjs');
const map = new maplibregl.Map({ container: 'map', bounds: [124, 37.5, 131, 43.1], style: { version: 8, sources: {
  points: { type: 'geojson', data: '/points.geojson' } }, layers: [ { id: 'bg', type: 'background', paint: { 'background-color': '#0f1b24' } },
  { id: 'points', type: 'circle', source: 'points', paint: { 'circle-radius': 6, 'circle-color': '#e69f00' } } ] } });
const onRender = () => {
  if (!map.isSourceLoaded('points') || map.queryRenderedFeatures({ layers: ['points'] }).length === 0) return;
  performance.mark('${MARK}');
  map.off('render', onRender);
};
map.on('render', onRender);
</script></body></html>`;

const MAPLIBRE_DIST = 'node_modules/maplibre-gl/dist';
const bareFiles: StaticFiles = {
  '/': ['text/html', barePage],
  '/points.geojson': ['application/json', JSON.stringify(points)],
};
for (const name of readdirSync(MAPLIBRE_DIST).filter((file) => /\.(mjs|css)$/.test(file))) {
  bareFiles[`/${name}`] = [name.endsWith('.css') ? 'text/css' : 'text/javascript', readFileSync(join(MAPLIBRE_DIST, name))];
}

const bare = await serveFiles(bareFiles);
const bareUrl = bare.url;
// The built app from the same kind of server as the bare page: Vite's preview server gzips every response on
// the fly (~50 ms for maplibre's chunk), a cost a static host does not have and the bare page is not charged.
const app = await serveFiles(builtAppFiles('dist'));
const browser = await launchBrowser();

async function timeToVisible(url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  const start = Date.now();
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, { timeout: 60_000 });
  const visible = await page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? NaN, MARK);
  if (Date.now() - start > 60_000) throw new Error(`${url} never showed its points`);
  await context.close();
  return visible;
}

const appTimes: number[] = [];
const bareTimes: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  bareTimes.push(await timeToVisible(bareUrl));
  appTimes.push(await timeToVisible(app.url));
}
await browser.close();
app.close();
bare.close();

const appMedian = median(appTimes);
const bareMedian = median(bareTimes);
console.log(`points: ${points.features.length} located facilities; runs: ${RUNS} each, alternating`);
console.log(`bare maplibre page: median ${bareMedian.toFixed(0)} ms  (${bareTimes.map((t) => t.toFixed(0)).join(', ')})`);
console.log(`Facility Atlas:     median ${appMedian.toFixed(0)} ms  (${appTimes.map((t) => t.toFixed(0)).join(', ')})`);
console.log(`ratio app / bare: ${(appMedian / bareMedian).toFixed(2)}x (budget 1.25x)`);

const assets = readdirSync('dist/assets').filter((name) => name.endsWith('.js') || name.endsWith('.mjs'));
console.log('JavaScript of the built app (gzip):');
for (const name of assets.sort()) {
  const path = join('dist/assets', name);
  console.log(`  ${name.padEnd(44)} ${(statSync(path).size / 1024).toFixed(0).padStart(6)} KiB raw ${gzipKiB(path).toFixed(1).padStart(7)} KiB gzip`);
}
