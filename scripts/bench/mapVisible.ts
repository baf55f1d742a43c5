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
const MARKS = { facilities: ['atlas:facilities-visible', 'bench:facilities-visible'], complete: ['atlas:map-complete', 'bench:map-complete'] };

const data = mapPageData(readFileSync('data/geojson/facilities.geojson', 'utf8'));
const bare = await serveFiles({ ...(await buildBenchPage('bareMap')), ...data });
const app = await serveFiles(builtAppFiles('dist'));
const browser: Browser = await launchOfflineBrowser();
const offsite: string[] = [];
let mapSize = { width: 0, height: 0 };

type Times = { facilities: number; complete: number };

async function timeToVisible(url: string, marks: { facilities: string; complete: string }): Promise<Times> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  watchOffsite(page, offsite);
  await page.goto(url);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, marks.complete, { timeout: 120_000 });
  const [facilities = NaN, complete = NaN] = await page.evaluate(
    (names) => names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN),
    [marks.facilities, marks.complete],
  );
  if (mapSize.width === 0) {
    const box = await page.getByTestId('map').boundingBox();
    if (box) mapSize = { width: Math.round(box.width), height: Math.round(box.height) };
  }
  await context.close();
  return { facilities, complete };
}

let appTimes: Times[];
let bareTimes: Times[];
try {
  // The app first, so the bare map can take the size of the app's.
  [appTimes, bareTimes] = await alternate(
    RUNS,
    () => timeToVisible(app.url, { facilities: MARKS.facilities[0] ?? '', complete: MARKS.complete[0] ?? '' }),
    () => timeToVisible(`${bare.url}?w=${mapSize.width}&h=${mapSize.height}`, { facilities: MARKS.facilities[1] ?? '', complete: MARKS.complete[1] ?? '' }),
  );
} finally {
  await browser.close();
  app.close();
  bare.close();
}
if (offsite.length > 0) throw new Error(`a page tried to reach past this machine: ${offsite.join(', ')}`);

const points = JSON.parse(String(data['/points.geojson']?.[1])) as { features: unknown[] };
console.log(`points: ${points.features.length} located facilities; map ${mapSize.width}×${mapSize.height} in both; runs: ${RUNS} each, alternating (app, bare, …)`);
for (const key of ['facilities', 'complete'] as const) {
  const [appSpread, bareSpread] = [spread(appTimes.map((times) => times[key])), spread(bareTimes.map((times) => times[key]))];
  const perRun = appTimes.map((times, run) => times[key] / (bareTimes[run]?.[key] ?? NaN));
  const worst = Math.max(...perRun);
  console.log(key === 'facilities' ? 'first frame with facilities:' : 'first frame with everything (basemap, provinces, labels, facilities):');
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
