/**
 * Time to the map the reader sees: the built app against a bare React + maplibre page (pages/bareMap) drawing the
 * same basemap, provinces with labels and facilities with the app's own layer specifications, on a map of the
 * same size, from the same server, measured in the same run, alternating, in Debian's Chromium with software
 * WebGL. Two finish lines: the first frame with facilities, and the first frame with everything (basemap,
 * provinces, labels, facilities). Prints medians, spreads, the ratio of medians and the worst per-run ratio (the
 * budget, 1.25x, holds in every run), and the gzip sizes of the app's JavaScript.
 * Run: npm run build && npx tsx scripts/bench/mapVisible.ts [runs]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { alternate, buildBenchPage, builtAppFiles, gzipKiB, launchOfflineBrowser, serveFiles, spread, watchOffsite } from './benchSupport';
import { mapPageData } from './mapPages';

const RUNS = Number(process.argv[2] ?? 7);
const BUDGET = 1.25;
/**
 * Each finish line as the earliest of its marks: the app's static first view (index.html) shows the facilities and
 * everything else at once; its live map's own frames, and the hand-over to it, are printed apart.
 */
type Marks = { facilities: string[]; complete: string[]; live: string; handover: string };
const APP: Marks = { facilities: ['atlas:first-view', 'atlas:facilities-visible'], complete: ['atlas:first-view', 'atlas:map-complete'], live: 'atlas:facilities-visible', handover: 'atlas:first-view-done' };
const BARE: Marks = { facilities: ['bench:facilities-visible'], complete: ['bench:map-complete'], live: 'bench:facilities-visible', handover: 'bench:map-complete' };

const data = mapPageData(readFileSync('data/geojson/facilities.geojson', 'utf8'));
const bare = await serveFiles({ ...(await buildBenchPage('bareMap')), ...data });
const app = await serveFiles(builtAppFiles('dist'));
const browser: Browser = await launchOfflineBrowser();
const offsite: string[] = [];
let mapSize = { width: 0, height: 0 };

type Times = { facilities: number; complete: number; live: number; handover: number };

async function timeToVisible(url: string, marks: Marks): Promise<Times> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  watchOffsite(page, offsite);
  await page.goto(url);
  await page.waitForFunction((names) => names.every((name) => performance.getEntriesByName(name).length > 0), [marks.live, marks.handover], { timeout: 120_000 });
  const [facilities = NaN, complete = NaN, live = NaN, handover = NaN] = await page.evaluate(
    (lists) => lists.map((names) => Math.min(...names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? Infinity))),
    [marks.facilities, marks.complete, [marks.live], [marks.handover]],
  );
  if (mapSize.width === 0) {
    const box = await page.getByTestId('map').boundingBox();
    if (box) mapSize = { width: Math.round(box.width), height: Math.round(box.height) };
  }
  await context.close();
  return { facilities, complete, live, handover };
}

let appTimes: Times[];
let bareTimes: Times[];
try {
  // The app first, so the bare map can take the size of the app's.
  [appTimes, bareTimes] = await alternate(
    RUNS,
    () => timeToVisible(app.url, APP),
    () => timeToVisible(`${bare.url}?w=${mapSize.width}&h=${mapSize.height}`, BARE),
  );
} finally {
  await browser.close();
  app.close();
  bare.close();
}
if (offsite.length > 0) throw new Error(`a page tried to reach past this machine: ${offsite.join(', ')}`);

const points = JSON.parse(String(data['/points.geojson']?.[1])) as { features: unknown[] };
console.log(`points: ${points.features.length} located facilities; map ${mapSize.width}×${mapSize.height} in both; runs: ${RUNS} each, alternating (app, bare, …)`);
const TITLES = {
  facilities: 'first frame with facilities (the static first view when shown):',
  complete: 'first frame with everything (basemap, provinces, labels, facilities; the static first view when shown):',
  live: 'live map: first frame with facilities:',
  handover: 'live map drawn whole and interactive (the static view handed over):',
};
for (const key of ['facilities', 'complete', 'live', 'handover'] as const) {
  const [appSpread, bareSpread] = [spread(appTimes.map((times) => times[key])), spread(bareTimes.map((times) => times[key]))];
  const perRun = appTimes.map((times, run) => times[key] / (bareTimes[run]?.[key] ?? NaN));
  const worst = Math.max(...perRun);
  console.log(TITLES[key]);
  console.log(`  bare React + maplibre: ${bareSpread.text}`);
  console.log(`  Facility Atlas:        ${appSpread.text}`);
  console.log(`  ratio app / bare: ${(appSpread.median / bareSpread.median).toFixed(2)}x of medians; per run ${perRun.map((ratio) => ratio.toFixed(2)).join(', ')}; worst ${worst.toFixed(2)}x: ${worst <= BUDGET ? 'within' : 'OVER'} ${BUDGET}x in every run`);
}

const assets = readdirSync('dist/assets').filter((name) => name.endsWith('.js') || name.endsWith('.mjs'));
console.log('JavaScript of the built app (gzip):');
for (const name of assets.sort()) {
  const path = join('dist/assets', name);
  console.log(`  ${name.padEnd(44)} ${(statSync(path).size / 1024).toFixed(0).padStart(6)} KiB raw ${gzipKiB(path).toFixed(1).padStart(7)} KiB gzip`);
}
