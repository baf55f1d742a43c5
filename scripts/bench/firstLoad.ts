/**
 * The first load on a slow machine and network: the built app against the bare React + maplibre page
 * (pages/bareMap: the same basemap, provinces, labels and facilities), with the CPU slowed 4× and "Fast 3G"
 * (562.5 ms latency, 180 kB/s down, 84 kB/s up) set through the DevTools protocol, a fresh browser profile and
 * cache for every load, the same static server (gzip), alternating runs, in Debian's Chromium with software WebGL.
 * Prints per metric the medians, spreads and ratio: first contentful paint, largest contentful paint (and what
 * it was), first frame with facilities, first frame with everything, time to interactive and total blocking time
 * (Lighthouse's definitions: scripts/bench/interactive.ts). With --profile, one more load of each page, built
 * unminified (maplibre's dev build) so functions keep their names, prints where the main thread spent its time
 * and each request's start and end. With --baseline-app=<folder>, the baseline is another build of the app (e.g.
 * the one before a change) instead of the bare page, so a change is measured against what it changed.
 * Run: npm run build && npx tsx scripts/bench/firstLoad.ts [runs] [--profile] [--baseline-app=<folder>]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build, type InlineConfig } from 'vite';
import { alternate, buildBenchPage, builtAppFiles, launchOfflineBrowser, serveFiles, spread, watchOffsite, type StaticFiles } from './benchSupport';
import { interactivity, type Span } from './interactive';
import { mapPageData } from './mapPages';
import { summariseProfile, type CpuProfile } from './profileSummary';
import { busyStretches } from './profileStretches';

const RUNS = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 5);
const PROFILE = process.argv.includes('--profile');
const BASELINE_APP = process.argv.find((arg) => arg.startsWith('--baseline-app='))?.slice('--baseline-app='.length);
const CPU_SLOWDOWN = 4;
const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375, connectionType: 'cellular3g' } as const;
const TARGETS: Partial<Record<Metric, number>> = { lcp: 1.2, tti: 1.1, tbt: 2 };
const WATCH = ['markerImages', 'drawMarker', 'onStyleLoad', 'addBackdrop', 'MapController', 'createRoot', 'render', 'facilityFeatures', 'provinceShapes', 'provinceLabelFeatures', 'unlocatedByPcode', 'countRenderedFacilities', 'queryRenderedFeatures', 'setupI18n', 'filterFacilities', 'performWorkUntilDeadline', 'compileShader', 'linkProgram', '_render', 'BareMap', 'App', 'MapView'];

type Metric = 'fcp' | 'lcp' | 'facilities' | 'complete' | 'live' | 'handover' | 'tti' | 'tbt';
const NAMES: Record<Metric, string> = {
  fcp: 'first contentful paint',
  lcp: 'largest contentful paint',
  facilities: 'facilities visible (the static first view when shown, else the live map)',
  complete: 'first frame with everything (static view or live map)',
  live: 'live map: first frame with facilities',
  handover: 'live map drawn whole and interactive (the static view handed over)',
  tti: 'time to interactive',
  tbt: 'total blocking time',
};
type Load = Record<Metric, number> & { lcpElement: string; requests: { path: string; start: number; end: number }[]; profile?: CpuProfile };
/** Each finish line: the earliest of its marks (the static first view's, then the live map's). */
type Marks = { facilities: string[]; complete: string[]; live: string; handover: string; fallback?: string };

const facilitiesText = readFileSync('data/geojson/facilities.geojson', 'utf8');
const browser: Browser = await launchOfflineBrowser();
const offsite: string[] = [];

/** Records long tasks, paints and the largest contentful paint from the document's start. */
const OBSERVE = `window.__load = { longTasks: [], lcp: null };
new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__load.longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration }); }).observe({ type: 'longtask', buffered: true });
new PerformanceObserver((list) => { for (const entry of list.getEntries()) {
  const element = entry.element;
  window.__load.lcp = { time: entry.startTime, element: element ? element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).split(' ')[0] : '') + ' ' + entry.size + ' px² "' + (element.textContent || '').trim().slice(0, 40) + '"' : '(removed)' };
} }).observe({ type: 'largest-contentful-paint', buffered: true });`;

/** A page expression: the earliest start time of the marks named, or null while none is there. */
function earliest(names: readonly string[]): string {
  return `(${JSON.stringify(names)}.map((name) => performance.getEntriesByName(name)[0]?.startTime).filter((time) => time !== undefined).sort((a, b) => a - b)[0] ?? null)`;
}

/** The hand-over mark; in a build without a static view (no first-view data, no mark), `fallback` instead. */
function handedOver(marks: Marks): string {
  const fallback = marks.fallback ? `(document.getElementById('first-view-data') || performance.getEntriesByName('atlas:first-view').length > 0 ? null : ${earliest([marks.fallback])})` : 'null';
  return `(${earliest([marks.handover])} ?? ${fallback})`;
}

async function load(url: string, marks: Marks, profile = false): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await context.addInitScript(OBSERVE);
  const page = await context.newPage();
  watchOffsite(page, offsite);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  // Requests by wall clock, turned into the page's clock once its time origin is known.
  const requests = new Map<object, { path: string; start: number; end: number }>();
  page.on('request', (request) => requests.set(request, { path: new URL(request.url()).pathname, start: Date.now(), end: Infinity }));
  const finish = (request: object) => {
    const entry = requests.get(request);
    if (entry) entry.end = Date.now();
  };
  page.on('requestfinished', finish);
  page.on('requestfailed', finish);
  await page.goto(url, { waitUntil: 'commit' });
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (Date.now() > deadline) throw new Error(`${url} did not settle within 180 s`);
    await new Promise((done) => setTimeout(done, 1000));
    const state = (await page.evaluate(
      `({ now: performance.now(), origin: performance.timeOrigin, load: window.__load,
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
          facilities: ${earliest(marks.facilities)}, complete: ${earliest(marks.complete)},
          live: ${earliest([marks.live])}, handover: ${handedOver(marks)} })`,
    )) as { now: number; origin: number; load: { longTasks: Span[]; lcp: { time: number; element: string } | null }; fcp: number | null; facilities: number | null; complete: number | null; live: number | null; handover: number | null };
    if (state.fcp === null || state.facilities === null || state.complete === null || state.live === null || state.handover === null || state.load.lcp === null) continue;
    const spans = [...requests.values()].map((request) => ({ ...request, start: request.start - state.origin, end: Math.min(request.end, Date.now()) - state.origin }));
    const open = [...requests.values()].some((request) => request.end === Infinity);
    const interactive = interactivity(state.fcp, state.now, state.load.longTasks, open ? [...spans, { start: 0, end: Infinity }] : spans);
    if (!interactive) continue;
    const result: Load = {
      fcp: state.fcp,
      lcp: state.load.lcp.time,
      facilities: state.facilities,
      complete: state.complete,
      live: state.live,
      handover: state.handover,
      tti: interactive.timeToInteractive,
      tbt: interactive.totalBlockingTime,
      lcpElement: state.load.lcp.element,
      requests: spans.sort((a, b) => a.start - b.start),
    };
    if (profile) result.profile = ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile;
    await context.close();
    return result;
  }
}

// The static first view (index.html) shows the facilities, basemap, provinces and labels at once; the live map
// takes over when it has drawn them all (atlas:first-view-done), and only then can the map be used.
const APP_MARKS: Marks = {
  facilities: ['atlas:first-view', 'atlas:facilities-visible'],
  complete: ['atlas:first-view', 'atlas:map-complete'],
  live: 'atlas:facilities-visible',
  handover: 'atlas:first-view-done',
  fallback: 'atlas:map-complete',
};
const BARE_MARKS: Marks = { facilities: ['bench:facilities-visible'], complete: ['bench:map-complete'], live: 'bench:facilities-visible', handover: 'bench:map-complete' };
const data = mapPageData(facilitiesText);
const bare = await serveFiles(BASELINE_APP ? builtAppFiles(BASELINE_APP) : { ...(await buildBenchPage('bareMap')), ...data });
const BASELINE = BASELINE_APP ? `app built in ${BASELINE_APP}` : 'bare React + maplibre';
const app = await serveFiles(builtAppFiles('dist'));
let appLoads: Load[];
let bareLoads: Load[];
try {
  [appLoads, bareLoads] = await alternate(
    RUNS,
    () => load(app.url, APP_MARKS),
    () => load(bare.url, BASELINE_APP ? APP_MARKS : BARE_MARKS),
  );
} finally {
  app.close();
  bare.close();
}

console.log(`CPU ${CPU_SLOWDOWN}× slower, Fast 3G (${FAST_3G.latency} ms, ${FAST_3G.downloadThroughput / 1000} kB/s down, ${FAST_3G.uploadThroughput / 1000} kB/s up); ${RUNS} loads each, alternating (app, bare, …)`);
for (const metric of Object.keys(NAMES) as Metric[]) {
  const [appSpread, bareSpread] = [spread(appLoads.map((run) => run[metric])), spread(bareLoads.map((run) => run[metric]))];
  const ratio = appSpread.median / bareSpread.median;
  const target = TARGETS[metric];
  console.log(`${NAMES[metric]}:`);
  console.log(`  ${BASELINE}: ${bareSpread.text}`);
  console.log(`  Facility Atlas (dist): ${appSpread.text}`);
  console.log(`  ratio app / baseline: ${ratio.toFixed(2)}x${target ? ` (target ≤ ${target}x: ${ratio <= target ? 'met' : 'NOT met'})` : ''}`);
}
console.log(`largest contentful paint element: app ${appLoads[0]?.lcpElement}; baseline ${bareLoads[0]?.lcpElement}`);

/** The app and the bare page built unminified, with maplibre's dev build, so a profile names their functions. */
async function profileBuilds(): Promise<{ appFiles: StaticFiles; bareFiles: StaticFiles }> {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  const named: InlineConfig = {
    logLevel: 'warn',
    build: { minify: false, outDir, emptyOutDir: true },
    resolve: { alias: [{ find: /^maplibre-gl$/, replacement: resolve('node_modules/maplibre-gl/dist/maplibre-gl-dev.mjs') }] },
  };
  try {
    await build({ ...named, configFile: 'vite.config.ts' });
    const appFiles = builtAppFiles(outDir);
    return { appFiles, bareFiles: await buildBenchPage('bareMap', named) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (PROFILE) {
  const { appFiles, bareFiles } = await profileBuilds();
  const [appServer, bareServer] = [await serveFiles(appFiles), await serveFiles({ ...bareFiles, ...data })];
  try {
    for (const [name, url, marks] of [['Facility Atlas', appServer.url, APP_MARKS], ['bare React + maplibre', bareServer.url, BARE_MARKS]] as const) {
      const profiled = await load(url, marks, true);
      console.log(`\n${name}, one load profiled (unminified): facilities ${profiled.facilities.toFixed(0)} ms, everything ${profiled.complete.toFixed(0)} ms, live map ${profiled.live.toFixed(0)} ms, handed over ${profiled.handover.toFixed(0)} ms, TTI ${profiled.tti.toFixed(0)} ms, TBT ${profiled.tbt.toFixed(0)} ms`);
      console.log('  requests (start → end, ms):');
      for (const request of profiled.requests) console.log(`    ${request.start.toFixed(0).padStart(6)} → ${request.end.toFixed(0).padStart(6)}  ${request.path}`);
      if (profiled.profile) console.log([...summariseProfile(profiled.profile, WATCH), '  busy stretches of 50 ms or more (from the profile\'s start, ~ navigation):', ...busyStretches(profiled.profile)].join('\n'));
    }
  } finally {
    appServer.close();
    bareServer.close();
  }
}
await browser.close();
if (offsite.length > 0) throw new Error(`a page tried to reach past this machine: ${offsite.join(', ')}`);
