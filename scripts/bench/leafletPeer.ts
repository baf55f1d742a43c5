/**
 * The peer benchmark: the built app against what NKPD's readers get today, a Leaflet + leaflet.markercluster page
 * built the way Uwazi builds its map (pages/leafletMap; the same offline basemap GeoJSON in place of its tiles,
 * Leaflet from node_modules), with the same points, on a map of the same size, from the same server, in the same
 * browser (Debian's Chromium, software WebGL, not throttled), in alternating rounds: once with the bundled data,
 * once with 10,000 SYNTHETIC facilities (the app built from them, so its static first view shows them). The app's
 * facilities are visible when its static first view shows them; the pan starts once the live map has taken over. Each round loads each page in a fresh profile, times the first frame with
 * facilities, lets the page settle, then drags the map 400 px over 3 s with the mouse and counts the frames drawn.
 * Prints medians, spreads and ratios (target: facilities visible ≤ 1.0x Leaflet's).
 * Run: npm run build && npx tsx scripts/bench/leafletPeer.ts [rounds] [--bundled-only] (the 10,000 points skipped)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { alternate, buildBenchPage, builtAppFiles, launchOfflineBrowser, serveFiles, spread, watchOffsite, type StaticFiles } from './benchSupport';
import { mapPageData } from './mapPages';
import { syntheticFacilitiesFile, syntheticFacilityFeatures, syntheticSourcesFile, type ProvinceBoundaries } from '../../tests/fixtures/syntheticDataset';

const ROUNDS = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 11);
const BUNDLED_ONLY = process.argv.includes('--bundled-only');
const DRAG = { px: 400, ms: 3000 };
const VIEWPORT = { width: 1280, height: 900 };

const browser = await launchOfflineBrowser();
const offsite: string[] = [];
const leafletFiles = await buildBenchPage('leafletMap');
const appFiles = builtAppFiles('dist');
let mapSize = { width: 0, height: 0 };

type Round = { visible: number; fps: number };

/** Drags the map from its centre by DRAG.px to the left, paced by the clock, and returns frames per second drawn. */
async function panFrameRate(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`no ${selector} to drag`);
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.evaluate(`window.__frames = 0; window.__counting = true; (function tick() { if (!window.__counting) return; window.__frames += 1; requestAnimationFrame(tick); })();`);
  await page.mouse.move(x, y);
  await page.mouse.down();
  const start = Date.now();
  for (let elapsed = 0; elapsed < DRAG.ms; elapsed = Date.now() - start) await page.mouse.move(x - (DRAG.px * elapsed) / DRAG.ms, y);
  await page.mouse.move(x - DRAG.px, y);
  await page.mouse.up();
  const frames = (await page.evaluate('window.__counting = false; window.__frames')) as number;
  return frames / ((Date.now() - start) / 1000);
}

/** Facilities visible: the earliest of `marks` (the app's static first view, else its live map). */
async function round(url: string, marks: readonly string[], selector: string, settled: (page: Page) => Promise<unknown>): Promise<Round> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
  const page = await context.newPage();
  watchOffsite(page, offsite);
  await page.goto(url);
  await page.waitForFunction((names) => names.some((name) => performance.getEntriesByName(name).length > 0), marks, { timeout: 120_000 });
  const visible = (await page.evaluate((names) => Math.min(...names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? Infinity)), marks)) as number;
  if (mapSize.width === 0) {
    const box = await page.locator(selector).boundingBox();
    if (box) mapSize = { width: Math.round(box.width), height: Math.round(box.height) };
  }
  await settled(page);
  const fps = await panFrameRate(page, selector);
  await context.close();
  return { visible, fps };
}

/**
 * The app built from a data folder of `files` (and the bundled provinces), as its own build would ship that data:
 * its static first view then shows these facilities, not the bundled ones.
 */
async function appBuiltWith(files: Record<string, string>): Promise<StaticFiles> {
  const [parent, outDir] = [mkdtempSync(join(tmpdir(), 'bench-data-SYNTHETIC-')), mkdtempSync(join(tmpdir(), 'bench-app-SYNTHETIC-'))];
  // Named data/geojson like the project's, so the first screen's preloads find its files.
  const folder = join(parent, 'data/geojson');
  mkdirSync(folder, { recursive: true });
  const before = process.env.FACILITY_ATLAS_DATA_FOLDER;
  try {
    for (const [name, text] of Object.entries({ ...files, 'provinces.geojson': readFileSync('data/geojson/provinces.geojson', 'utf8') })) writeFileSync(join(folder, name), text);
    process.env.FACILITY_ATLAS_DATA_FOLDER = folder;
    await build({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    return builtAppFiles(outDir);
  } finally {
    if (before === undefined) delete process.env.FACILITY_ATLAS_DATA_FOLDER;
    else process.env.FACILITY_ATLAS_DATA_FOLDER = before;
    rmSync(parent, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}

async function compare(name: string, facilitiesText: string, app: StaticFiles): Promise<void> {
  const leaflet = await serveFiles({ ...leafletFiles, ...mapPageData(facilitiesText) });
  const served = await serveFiles(app);
  let appRounds: Round[];
  let leafletRounds: Round[];
  try {
    [appRounds, leafletRounds] = await alternate(
      ROUNDS,
      () =>
        round(served.url, ['atlas:first-view', 'atlas:facilities-visible'], '[data-testid="map"]', async (page) => {
          // Settled: everything drawn, the static first view handed over to the live map, the sidebar rendered.
          await page.waitForFunction(() => ['atlas:map-complete', 'atlas:first-view-done'].every((name) => performance.getEntriesByName(name).length > 0), undefined, { timeout: 120_000 });
          await page.locator('.list-count').waitFor({ timeout: 120_000 });
        }),
      () => round(`${leaflet.url}?w=${mapSize.width}&h=${mapSize.height}`, ['bench:facilities-visible'], '#map', (page) => page.waitForTimeout(500)),
    );
  } finally {
    served.close();
    leaflet.close();
  }
  const located = (JSON.parse(facilitiesText) as { features: { geometry: unknown }[] }).features.filter((feature) => feature.geometry !== null).length;
  const [appVisible, leafletVisible] = [spread(appRounds.map((run) => run.visible)), spread(leafletRounds.map((run) => run.visible))];
  const [appFps, leafletFps] = [spread(appRounds.map((run) => run.fps), 'fps', 1), spread(leafletRounds.map((run) => run.fps), 'fps', 1)];
  const ratio = appVisible.median / leafletVisible.median;
  console.log(`${name}: ${located} located facilities; map ${mapSize.width}×${mapSize.height} in both; ${ROUNDS} rounds, alternating (app, Leaflet, …)`);
  console.log(`  facilities visible, Leaflet + markercluster: ${leafletVisible.text}`);
  console.log(`  facilities visible, Facility Atlas (its static first view when shown):          ${appVisible.text}`);
  console.log(`  ratio app / Leaflet: ${ratio.toFixed(2)}x (target ≤ 1.0x: ${ratio <= 1 ? 'met' : 'NOT met'})`);
  console.log(`  pan frame rate, Leaflet + markercluster: ${leafletFps.text}`);
  console.log(`  pan frame rate, Facility Atlas:          ${appFps.text}`);
  console.log(`  ratio app / Leaflet: ${(appFps.median / leafletFps.median).toFixed(2)}x`);
}

try {
  await compare('bundled data', readFileSync('data/geojson/facilities.geojson', 'utf8'), appFiles);
  if (!BUNDLED_ONLY) {
    const synthetic = syntheticFacilitiesFile(syntheticFacilityFeatures(10_000, JSON.parse(readFileSync('data/geojson/provinces.geojson', 'utf8')) as ProvinceBoundaries));
    await compare('10,000 SYNTHETIC facilities', synthetic, await appBuiltWith({ 'facilities.geojson': synthetic, 'sources.json': syntheticSourcesFile() }));
  }
} finally {
  await browser.close();
}
if (offsite.length > 0) throw new Error(`a page tried to reach past this machine: ${offsite.join(', ')}`);
