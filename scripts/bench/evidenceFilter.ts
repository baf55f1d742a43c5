/**
 * A violation filter at the field's scale (issue #12 item 5): 100,000 SYNTHETIC violations over 10,000 SYNTHETIC
 * facilities (evidenceData.ts), loaded through the built app's worker like the bundled data. A reader ticks a
 * category, brushes a decade, then clears both, with the mouse; for each change, from the press: the longest
 * main-thread task (PerformanceObserver longtask), the list's count and the map showing the facilities that
 * pass (idle, with the count of drawn facilities the data says). Against the bare React + maplibre page (pages/
 * bareMap: same basemap, provinces, labels, icons, rings and cluster sums) given the same filtered points with
 * their counts, setData until idle, alternating — twice: with its labels as loaded (points only), and with its
 * labels also saying the unlocated facilities that pass, as the app's do (the same pixels; labels sent only when
 * they change, as the app sends them). Targets: longest task under 100 ms; map idle within 1.5× bare.
 * Run: npm run build && npx tsx scripts/bench/evidenceFilter.ts [runs] [--app=<built folder>] [--gpu-compositing] [--profile]
 * (--gpu-compositing: see launchOfflineBrowser; --profile:
 * a first, uncounted run profiles each change in both pages, printed side by side: the trace's longest tasks by
 * event, the main thread's tasks from the change on, the CPU profile's busiest functions; pass an unminified build
 * of the app, the bare page is then built unminified too; `--profile 0` profiles only).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { boundaryNameFor } from '../../src/domain/provinceNames';
import { syntheticFacilitiesFile, syntheticFacilityFeatures, syntheticSourcesFile, type ProvinceBoundaries } from '../../tests/fixtures/syntheticDataset';
import { buildBenchPage, builtAppFiles, launchOfflineBrowser, serveFiles, spread, watchOffsite, withDataFiles } from './benchSupport';
import { countsFor, syntheticEvidence, type EvidenceStep } from './evidenceData';
import { mapPageData } from './mapPages';
import { summariseProfile, type CpuProfile } from './profileSummary';
import { summariseTrace, traceTimeline } from './traceSummary';

const args = process.argv.slice(2);
const RUNS = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 5);
const APP = args.find((arg) => arg.startsWith('--app='))?.slice('--app='.length) ?? 'dist';
const PROFILE = args.includes('--profile');
const GPU_COMPOSITING = args.includes('--gpu-compositing');
const [FACILITIES, VIOLATIONS] = [10_000, 100_000];
const [TASK_BUDGET, MAP_BUDGET] = [100, 1.5];
/** How long after a change its last long task's entry is awaited (entries are delivered after their task). */
const TASK_ENTRY_WAIT_MS = 300;
const VIEWPORT = { width: 1280, height: 900 };
/** Marked in both pages as a change starts (the app's press, the bare page's update), where the profile's timeline begins. */
const CHANGE_MARK = 'bench:change';
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

const provinces = JSON.parse(readFileSync('data/geojson/provinces.geojson', 'utf8')) as ProvinceBoundaries;
const features = syntheticFacilityFeatures(FACILITIES, provinces);
const facilitiesFile = syntheticFacilitiesFile(features);
const evidence = syntheticEvidence(features, VIOLATIONS);
const locatedIndexes = features.flatMap((feature, index) => (feature.geometry ? [index] : []));

interface Change {
  name: string;
  /** What the reader presses. */
  target: string;
  step: EvidenceStep;
}
const CHANGES: Change[] = [
  { name: 'category Torture ticked', target: '.evidence-filters label.facet-option:has-text("Torture")', step: { category: 'torture', decade: null } },
  { name: 'the 2000s brushed', target: '.evidence-filters [data-decade="2000"]', step: { category: 'torture', decade: 2000 } },
  { name: 'filters cleared', target: '.evidence-filters .filters-clear', step: { category: null, decade: null } },
];

/** What the list and the map should show after a change, and each located facility's count for the bare page. */
function expected(step: EvidenceStep) {
  const counts = countsFor(evidence, FACILITIES, step);
  const active = step.category !== null || step.decade !== null;
  const passes = (index: number) => !active || (counts[index] ?? 0) > 0;
  const shown = features.filter((_, index) => passes(index)).length;
  // Unlocated facilities that pass, by province, in the order of the bare page's labels (provinces.geojson's).
  const unlocated = new Map<string, number>();
  features.forEach((feature, index) => {
    if (feature.geometry !== null || !passes(index)) return;
    const name = boundaryNameFor(String(feature.properties.province));
    unlocated.set(name, (unlocated.get(name) ?? 0) + 1);
  });
  return {
    active,
    list: `${shown.toLocaleString('en')} ${shown === 1 ? 'facility' : 'facilities'}`,
    map: locatedIndexes.filter(passes).length,
    located: locatedIndexes.map((index) => counts[index] ?? 0),
    unlocated: provinces.features.map((province) => unlocated.get(province.properties.name) ?? 0),
  };
}

const WATCH = `window.__longTasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]); })
    .observe({ type: 'longtask', buffered: true });`;

/** Presses `target` with the mouse and times, in the page, the list and the map showing `want`, and the longest task. */
async function appChange(page: Page, target: string, want: { list: string; map: number }): Promise<{ list: number; map: number; task: number }> {
  const element = page.locator(target).first();
  await element.scrollIntoViewIfNeeded();
  const box = await element.boundingBox();
  if (!box || box.y < 0 || box.y + box.height > VIEWPORT.height) throw new Error(`nothing to press in view at ${target}`);
  // Watched before the press (an evaluation still on its way could miss it), awaited after.
  await page.evaluate(`window.__change = new Promise((resolve, reject) => {
    const mapElement = document.querySelector('[data-testid="map"]');
    const count = document.querySelector('.list-count');
    let start = null;
    let ended = false;
    const times = {};
    document.addEventListener('pointerdown', () => { start = performance.now(); performance.mark('${CHANGE_MARK}'); }, { capture: true, once: true });
    const check = () => {
      if (start === null) return;
      if (times.list === undefined && count.textContent === ${JSON.stringify(want.list)}) times.list = performance.now() - start;
      if (times.map === undefined && mapElement.dataset.renderedFacilities === '${want.map}') times.map = performance.now() - start;
      if (times.list === undefined || times.map === undefined || ended) return;
      ended = true;
      const end = start + Math.max(times.list, times.map);
      // A task's entry arrives after it ends: the one that drew the last frame is read once it has.
      setTimeout(() => {
        times.task = Math.max(0, ...window.__longTasks.filter(([at]) => at >= start - 1 && at < end).map(([, duration]) => duration));
        resolve(times);
      }, ${TASK_ENTRY_WAIT_MS});
    };
    new MutationObserver(check).observe(count, { childList: true, characterData: true, subtree: true });
    mapElement.addEventListener('atlas:map-idle', check);
    setTimeout(() => reject(new Error(${JSON.stringify(target)} + ': after 60 s the list says ' + count.textContent + ' and the map draws ' + mapElement.dataset.renderedFacilities + '; pressed at ' + start + ', ' + JSON.stringify(times))), 60000);
  });
  true`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return (await page.evaluate('window.__change')) as { list: number; map: number; task: number };
}

/** Starts tracing and CPU-profiling `page`; the returned function stops both and prints what they saw. */
async function profile(page: Page): Promise<() => Promise<string[]>> {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.start');
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  return async () => {
    const trace = (await browser.stopTracing()).toString('utf8');
    const { profile: cpu } = (await session.send('Profiler.stop')) as { profile: CpuProfile };
    await session.detach();
    return ['longest tasks:', ...summariseTrace(trace), 'tasks of 8 ms or more, from the change:', ...traceTimeline(trace, CHANGE_MARK), ...summariseProfile(cpu, [], 15, 40)];
  };
}

/** Two reports beside each other, each cut to `width` characters. */
function sideBySide(left: string[], right: string[], width = 78): string[] {
  const cut = (line: string | undefined) => (line ?? '').slice(0, width).padEnd(width);
  return Array.from({ length: Math.max(left.length, right.length) }, (_, index) => `${cut(left[index])} | ${cut(right[index]).trimEnd()}`);
}

// An unminified baseline when profiling, so its functions can be named as the app's (pass an unminified --app).
const bare = await serveFiles({ ...(await buildBenchPage('bareMap', PROFILE ? { build: { minify: false } } : {})), ...mapPageData(facilitiesFile) });
const app = await serveFiles(withDataFiles(builtAppFiles(APP), { facilities: facilitiesFile, sources: syntheticSourcesFile(), violations: evidence.text }));
const browser = await launchOfflineBrowser({ gpuCompositing: GPU_COMPOSITING });
const offsite: string[] = [];
/**
 * Two baselines: the bare page given the points only, its labels as loaded (as before), and the bare page whose
 * labels also say the unlocated facilities that pass, as the app's do — the same pixels as the app.
 */
const BASELINES = [
  { name: 'bare, points only', labels: false },
  { name: 'bare, points and labels', labels: true },
] as const;
const results = CHANGES.map(() => ({ list: [] as number[], map: [] as number[], task: [] as number[], bare: BASELINES.map(() => [] as number[]), bareTask: BASELINES.map(() => [] as number[]) }));
let mapSize: { width: number; height: number };
try {
  const appContext = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
  await appContext.addInitScript(WATCH);
  const appPage = await appContext.newPage();
  watchOffsite(appPage, offsite);
  await appPage.goto(app.url);
  await appPage.waitForFunction((count) => document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.renderedFacilities === String(count), locatedIndexes.length, { timeout: 300_000 });
  await appPage.locator('.evidence-filters summary').first().click();
  await appPage.locator(CHANGES[1]?.target ?? '').waitFor();
  const box = await appPage.getByTestId('map').boundingBox();
  mapSize = { width: Math.round(box?.width ?? VIEWPORT.width), height: Math.round(box?.height ?? VIEWPORT.height) };
  const barePages: Page[] = [];
  for (const baseline of BASELINES) {
    const bareContext = await browser.newContext({ viewport: VIEWPORT });
    await bareContext.addInitScript(WATCH);
    const barePage = await bareContext.newPage();
    watchOffsite(barePage, offsite);
    await barePage.goto(`${bare.url}?w=${mapSize.width}&h=${mapSize.height}`);
    await barePage.waitForFunction('window.bench && window.bench.ready', undefined, { timeout: 120_000 });
    // The bare page starts as the app does: every facility, each with its count for its ring (and the labels).
    const start = expected({ category: null, decade: null });
    await barePage.evaluate(`window.bench.show(${JSON.stringify(start.located)}, false, ${baseline.labels ? JSON.stringify(start.unlocated) : 'undefined'})`);
    barePages.push(barePage);
  }
  // With --profile a first, uncounted run profiles each change in the app and the bare page with labels.
  for (let run = PROFILE ? -1 : 0; run < RUNS; run += 1) {
    for (const [index, change] of CHANGES.entries()) {
      const want = expected(change.step);
      const profiled = run < 0;
      const appReport = profiled ? await profile(appPage) : null;
      const measured = await appChange(appPage, change.target, want);
      const appLines = appReport ? await appReport() : [];
      const result = run < 0 ? undefined : results[index];
      result?.list.push(measured.list);
      result?.map.push(measured.map);
      result?.task.push(measured.task);
      // The two baselines in turn, the first one first in even runs.
      const order = run % 2 === 0 ? [0, 1] : [1, 0];
      for (const which of order) {
        const barePage = barePages[which];
        const baseline = BASELINES[which];
        if (!barePage || !baseline) continue;
        const bareReport = profiled && baseline.labels ? await profile(barePage) : null;
        const bareShown = (await barePage.evaluate(`(async () => {
          performance.mark('${CHANGE_MARK}');
          const start = performance.now();
          const ms = await window.bench.show(${JSON.stringify(want.located)}, ${want.active}, ${baseline.labels ? JSON.stringify(want.unlocated) : 'undefined'});
          await new Promise((resolve) => setTimeout(resolve, ${TASK_ENTRY_WAIT_MS}));
          return { ms, task: Math.max(0, ...window.__longTasks.filter(([at]) => at >= start - 1 && at < start + ms).map(([, duration]) => duration)) };
        })()`)) as { ms: number; task: number };
        if (bareReport) {
          const bareLines = await bareReport();
          console.log([`profiled: ${change.name} (app ${measured.map.toFixed(0)} ms to idle, ${baseline.name} ${bareShown.ms.toFixed(0)} ms)`, ...sideBySide(['APP', ...appLines], [baseline.name.toUpperCase(), ...bareLines])].join('\n'));
        }
        result?.bare[which]?.push(bareShown.ms);
        result?.bareTask[which]?.push(bareShown.task);
      }
    }
  }
} finally {
  await browser.close();
  app.close();
  bare.close();
}
if (offsite.length > 0) throw new Error(`a page tried to reach past this machine: ${offsite.join(', ')}`);

console.log(`${FACILITIES.toLocaleString('en')} SYNTHETIC facilities (${locatedIndexes.length} located), ${VIOLATIONS.toLocaleString('en')} SYNTHETIC violations; map ${mapSize.width}×${mapSize.height} in all; ${RUNS} runs, alternating with the bare pages; composited ${GPU_COMPOSITING ? 'by the GPU process' : 'in software, on the main thread'}; load average ${loadavg().map((load) => load.toFixed(1)).join(', ')} at the end`);
for (const [index, change] of CHANGES.entries()) {
  const result = results[index];
  if (!result || result.map.length === 0) continue;
  const [task, map] = [spread(result.task), spread(result.map)];
  console.log(`${change.name} (${expected(change.step).list}, ${expected(change.step).map} on the map):`);
  console.log(`  app, longest main-thread task:  ${task.text}: ${task.median < TASK_BUDGET ? 'within' : 'OVER'} ${TASK_BUDGET} ms`);
  console.log(`  app, list updated:              ${spread(result.list).text}`);
  console.log(`  app, map updated (idle):        ${map.text}`);
  for (const [which, baseline] of BASELINES.entries()) {
    const [bareMap, bareTask] = [spread(result.bare[which] ?? []), spread(result.bareTask[which] ?? [])];
    const ratio = map.median / bareMap.median;
    console.log(`  ${`${baseline.name}, → idle:`.padEnd(32)}${bareMap.text}`);
    console.log(`    its longest task: ${bareTask.text}; app − bare ${task.median - bareTask.median >= 0 ? '+' : ''}${(task.median - bareTask.median).toFixed(0)} ms of medians`);
    console.log(`    ratio app map / bare: ${ratio.toFixed(2)}x of medians: ${ratio <= MAP_BUDGET ? 'within' : 'OVER'} ${MAP_BUDGET}x`);
  }
}
