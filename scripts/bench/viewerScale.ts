/**
 * The facility viewer at scale (issue #12 item 5), beside viewerPins: Onsong with 10,000 SYNTHETIC violations
 * (tests/e2e/support/viewerScale.ts: four in ten naming a room without a point, three in ten at points in their
 * rooms, three in ten at the facility only) against the same Onsong with none, the same build, alternating runs in
 * Debian's Chromium with software WebGL. For each: the time from navigation to the scene's first frame
 * (`atlas:scene-ready`), the frame rate while orbiting the whole facility, the time from a click on the room holding the most
 * violations to its record in the page (a MutationObserver on the room's heading, then the next frame), the elements in
 * the page, and the main thread's longest task while the room is chosen. Targets: open within 1 s of the empty
 * open, room under 100 ms, orbit ≥ 0.8× the empty facility's frame rate.
 * Run: npm run build && npx tsx scripts/bench/viewerScale.ts [runs] [--app=<built folder>] (e.g. a build of main
 * copied aside, for before/after) [--profile] (one more choice of the room with 10,000, profiled: the CPU profile's
 * busiest functions and the trace's longest tasks by event; with an unminified build, `npx vite build --minify
 * false --outDir <folder>` passed as --app, the functions are named).
 */
import type { Page } from 'playwright-core';
import { launchBrowser, openPage } from '../../tests/e2e/support/browser';
import { scaleViolations, withoutOnsong } from '../../tests/e2e/support/viewerScale';
import { ONSONG, rooms } from '../../tests/e2e/support/viewerSteps';
import { builtAppFiles, serveFiles, spread, withDataFiles } from './benchSupport';
import { summariseProfile, type CpuProfile } from './profileSummary';
import { summariseTrace } from './traceSummary';

const args = process.argv.slice(2);
const RUNS = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 5);
const PROFILE = args.includes('--profile');
const APP = args.find((arg) => arg.startsWith('--app='))?.slice('--app='.length) ?? 'dist';
const VIOLATIONS = 10_000;
const SETTLE_MS = 500;
const MEASURE_MS = 4_000;
const VIEWPORT = { width: 1280, height: 900 };

const data = scaleViolations(VIOLATIONS);
const [roomId, roomCount] = [...data.perRoom].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
const roomName = rooms.find((room) => room.id === roomId)?.name.en ?? '';
const files = builtAppFiles(APP);
const bundledViolations = Object.entries(files).find(([path]) => /^\/assets\/violations-[\w-]+\.geojson$/.test(path))?.[1][1];
if (!bundledViolations) throw new Error(`${APP} has no violations file`);
const full = await serveFiles(withDataFiles(files, { violations: data.text }));
const empty = await serveFiles(withDataFiles(files, { violations: withoutOnsong(String(bundledViolations)) }));
const browser = await launchBrowser();

interface Run {
  openMs: number;
  roomMs: number;
  longestTaskMs: number;
  fps: number;
  elements: number;
}

/** Before any script: note when the scene says it is ready, and every long task. */
const WATCH = `
  window.__bench = { sceneReady: null, longTasks: [] };
  document.addEventListener('atlas:scene-ready', () => { window.__bench.sceneReady = performance.now(); }, { once: true });
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__bench.longTasks.push([entry.startTime, entry.duration]); })
    .observe({ type: 'longtask', buffered: true });
`;

/** Profiles what `act` makes the page do: the CPU profile's summary and the trace's longest tasks. */
async function profiled(page: Page, act: () => Promise<void>): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'] });
  await act();
  const trace = (await browser.stopTracing()).toString('utf8');
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  return [...summariseTrace(trace), ...summariseProfile(profile, [], 15, 60)];
}

async function chooseRoom(page: Page): Promise<{ roomMs: number; longestTaskMs: number }> {
  const button = page.getByRole('list', { name: 'Rooms' }).getByRole('button', { name: new RegExp(`^${roomName}\\b`) });
  await button.scrollIntoViewIfNeeded();
  await button.evaluate((element) => element.setAttribute('data-bench-room', ''));
  // A string, not a function: tsx would wrap named functions in a helper the page does not have.
  const timing = page.evaluate(`new Promise((resolve) => {
    let clicked = 0;
    document.querySelector('[data-bench-room]').addEventListener('click', () => { clicked = performance.now(); }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (document.querySelector('#room-heading')?.textContent !== ${JSON.stringify(roomName)}) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve({ roomMs: performance.now() - clicked, clicked }));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  })`) as Promise<{ roomMs: number; clicked: number }>;
  await button.click();
  const { roomMs, clicked } = await timing;
  const longestTaskMs = (await page.evaluate(
    (from) => Math.max(0, ...(window as unknown as { __bench: { longTasks: [number, number][] } }).__bench.longTasks.filter(([start]) => start >= from - 1).map(([, duration]) => duration)),
    clicked,
  )) as number;
  return { roomMs, longestTaskMs };
}

async function run(url: string, profile = false): Promise<Run> {
  const tab = await openPage(browser, VIEWPORT);
  await tab.page.addInitScript(WATCH);
  await tab.page.goto(`${url}facility/${ONSONG}`);
  await tab.page.locator('[data-viewer][data-scene-ready="true"]').waitFor({ timeout: 180_000 });
  const openMs = (await tab.page.evaluate('window.__bench.sceneReady')) as number;
  const elements = (await tab.page.evaluate('document.getElementsByTagName("*").length')) as number;
  // The orbit first, as the facility opens (a chosen room's pins are drawn one by one, and the camera flies there).
  await tab.page.evaluate(`window.atlasViewer.measureFrames(${SETTLE_MS})`);
  const { frames, ms } = (await tab.page.evaluate(`window.atlasViewer.measureFrames(${MEASURE_MS})`)) as { frames: number; ms: number };
  let chosen: { roomMs: number; longestTaskMs: number } | undefined;
  const summary = profile ? await profiled(tab.page, async () => void (chosen = await chooseRoom(tab.page))) : [];
  const { roomMs, longestTaskMs } = chosen ?? (await chooseRoom(tab.page));
  if (profile) console.log([`profiled choice of ${roomName}: ${roomMs.toFixed(0)} ms, longest task ${longestTaskMs.toFixed(0)} ms`, ...summary].join('\n'));
  if (tab.offsiteRequests.length > 0) throw new Error(`the viewer reached off this machine: ${tab.offsiteRequests.join(', ')}`);
  if (tab.pageErrors.length > 0) throw new Error(`page errors: ${tab.pageErrors.join(' | ')}`);
  await tab.context.close();
  return { openMs, roomMs, longestTaskMs, fps: frames / (ms / 1000), elements };
}

const withNone: Run[] = [];
const withMany: Run[] = [];
try {
  for (let index = 0; index < RUNS; index += 1) {
    withNone.push(await run(empty.url));
    withMany.push(await run(full.url));
  }
  if (PROFILE) for (const url of [empty.url, full.url]) await run(url, true);
} finally {
  await browser.close();
  full.close();
  empty.close();
}

const field = (runs: Run[], key: keyof Run, unit = 'ms', digits = 0) => spread(runs.map((item) => item[key]), unit, digits);
console.log(`app: ${APP}; Onsong with ${VIOLATIONS.toLocaleString('en')} SYNTHETIC violations (${data.facilityOnly} facility-level) against none; runs: ${RUNS} each, alternating`);
console.log(`room chosen: ${roomName} (${roomCount} violations)`);
for (const [label, key, unit, digits] of [
  ['open (navigation → first frame)', 'openMs', 'ms', 0],
  ['room chosen → its record shown', 'roomMs', 'ms', 0],
  ['longest task while choosing', 'longestTaskMs', 'ms', 0],
  ['orbit frame rate', 'fps', 'fps', 1],
  ['elements in the page', 'elements', '', 0],
] as const) {
  console.log(`${label}:`);
  console.log(`  none:   ${field(withNone, key, unit, digits).text}`);
  console.log(`  10,000: ${field(withMany, key, unit, digits).text}`);
}
const [openNone, openMany] = [field(withNone, 'openMs').median, field(withMany, 'openMs').median];
const roomMany = field(withMany, 'roomMs').median;
const fpsRatio = field(withMany, 'fps').median / field(withNone, 'fps').median;
console.log(`open: +${(openMany - openNone).toFixed(0)} ms over the empty open (${(openMany / openNone).toFixed(2)}x): ${openMany - openNone <= 1000 ? 'meets' : 'OVER'} 1 s`);
console.log(`room: ${roomMany.toFixed(0)} ms: ${roomMany < 100 ? 'meets' : 'OVER'} 100 ms`);
console.log(`orbit: ${fpsRatio.toFixed(2)}x the empty facility's frame rate: ${fpsRatio >= 0.8 ? 'meets' : 'UNDER'} 0.8x`);
