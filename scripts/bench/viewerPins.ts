/**
 * Frames per second of the 3D viewer showing 10,000 SYNTHETIC violation pins in Onsong, against a bare three.js
 * page drawing the same pins as THREE.Points, measured in the same run, alternating, in Debian's Chromium with
 * software WebGL. The pins are spread over the rooms as real accounts would be — each at its own point inside a
 * room, rooms chosen in proportion to their floor area — so they stand side by side rather than in stacks rising
 * out of view. The bare page gets the app's own pin positions (its loader, planToScene and violationPins run here
 * in Node), its starting camera, lights and pin material (one Points object a category, disc sprite, 22 px, no
 * depth test) on a canvas of the viewer's size, antialiased only when the app's is; both count the pins inside
 * their canvas (the bare page after its camera's matrices are updated), and the run stops if the counts differ.
 * Both orbit the camera every animation frame while counting frames. Prints medians, spreads, the ratio (target
 * ≥ 0.7x), the 20 fps floor, and the gzip sizes of the JavaScript the map page loads against the viewer's chunk.
 * Run: npm run build && npx tsx scripts/bench/viewerPins.ts [runs]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area, bbox, booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, Polygon } from 'geojson';
import type { Page } from 'playwright-core';
import { VIOLATION_CATEGORIES } from '../../src/domain/enums';
import { loadDataset } from '../../src/domain/loadDataset';
import { planToScene } from '../../src/domain/plan3d/planToScene';
import { pinsByCategory, violationPins } from '../../src/domain/plan3d/violationPins';
import { CATEGORY_COLOURS } from '../../src/viewer3d/categoryColours';
import { toThree } from '../../src/viewer3d/geometry/axes';
import type {} from '../../src/viewer3d/viewerHooks';
import { SOFTWARE_RENDERERS } from '../../src/viewer3d/softwareWebGL';
import { pinPosition } from '../../src/viewer3d/ViolationPins';
import { builtAppFiles, gzipKiB, serveFiles, spread, withDataFiles, type StaticFiles } from './benchSupport';
import { launchBrowser, openPage, type TestPage } from '../../tests/e2e/support/browser';
import { seededRandom } from '../../tests/fixtures/seededRandom';

const RUNS = Number(process.argv[2] ?? 5);
const PINS = 10_000;
const MEASURE_MS = 5_000;
const SETTLE_MS = 500; // drawn and thrown away first, so shader compiles and uploads are not counted
const FPS_FLOOR = 20;
const TARGET = 0.7;
const VIEWPORT = { width: 1280, height: 900 };
const ONSONG = 'nkpd-pe7q4z9cv8';

const planText = readFileSync(`data/geojson/plans/${ONSONG}.geojson`, 'utf8');
const rooms = (JSON.parse(planText) as FeatureCollection<Polygon, { id: string; kind: string }>).features.filter(
  (feature) => feature.properties.kind === 'room',
);


/** A room drawn in proportion to its floor area, and a point inside it. */
function spotInRoom(next: () => number): { roomId: string; point: [number, number] } {
  const areas = rooms.map((room) => area(room));
  const total = areas.reduce((sum, value) => sum + value, 0);
  let pick = next() * total;
  const index = Math.max(0, areas.findIndex((value) => (pick -= value) <= 0));
  const room = rooms[index] ?? rooms[0];
  if (!room) throw new Error(`no rooms in ${ONSONG}`);
  const [west, south, east, north] = bbox(room);
  for (;;) {
    const point: [number, number] = [west + next() * (east - west), south + next() * (north - south)];
    if (booleanPointInPolygon(point, room)) return { roomId: room.properties.id, point };
  }
}

// Served in place of the bundled violations file; categories cycle, so every category has ~1,111 pins.
const next = seededRandom(17);
const violations = JSON.stringify({
  type: 'FeatureCollection',
  schemaVersion: 1,
  features: Array.from({ length: PINS }, (_, n) => {
    const { roomId, point } = spotInRoom(next);
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: point },
      properties: {
        id: `SYNTHETIC-pin-${n}`,
        facilityId: ONSONG,
        roomId,
        category: VIOLATION_CATEGORIES[n % VIOLATION_CATEGORIES.length],
        date: { from: '2019' },
        summary: { en: `SYNTHETIC pin ${n}` },
        placement: 'illustrative',
        visibility: 'public',
        sources: [{ sourceId: 'nkpd-register', quote: 'SYNTHETIC' }],
      },
    };
  }),
});

/** Where the viewer draws each pin (by category, in its drawing order) and where its orbit camera starts. */
function appLayout() {
  const files = ['facilities.geojson', 'sources.json', 'provinces.geojson'].map((path) => ({ path, text: readFileSync(`data/geojson/${path}`, 'utf8') }));
  files.push({ path: `plans/${ONSONG}.geojson`, text: planText }, { path: 'violations.geojson', text: violations });
  const { dataset, problems } = loadDataset(files);
  const pinProblems = problems.filter((problem) => problem.featureId?.startsWith('SYNTHETIC'));
  if (pinProblems.length > 0) throw new Error(`the SYNTHETIC pins are not valid: ${pinProblems[0]?.message}`);
  const plan = dataset.plans.find((item) => item.facilityId === ONSONG);
  if (!plan) throw new Error(`no plan for ${ONSONG}`);
  const scene = planToScene(plan, dataset.facilities.find((facility) => facility.id === ONSONG));
  const { pins } = violationPins(scene, dataset.violations);
  const stacked = pins.filter((pin) => pin.stackIndex > 0).length;
  const layers = [...pinsByCategory(pins)].map(([category, inCategory]) => ({
    colour: CATEGORY_COLOURS[category],
    positions: inCategory.flatMap((pin) => pinPosition(pin).toArray().map((value) => Math.round(value * 1000) / 1000)),
  }));
  // CameraRig.tsx's orbit start: framing the buildings and rooms from above one corner.
  const points = [...scene.buildings.flatMap((building) => building.outline), ...scene.rooms.flatMap((room) => room.floor)];
  const [minX, maxX] = [Math.min(...points.map(([x]) => x)), Math.max(...points.map(([x]) => x))];
  const [minY, maxY] = [Math.min(...points.map(([, y]) => y)), Math.max(...points.map(([, y]) => y))];
  const target = toThree((minX + maxX) / 2, (minY + maxY) / 2, 0);
  const extent = Math.max(maxX - minX, maxY - minY, 10);
  const camera = [target.x + extent * 0.45, extent * 0.6, target.z + extent * 0.65];
  return { pins: pins.length, stacked, highestStack: Math.max(...pins.map((pin) => pin.stackIndex)) + 1, layers, camera, target: target.toArray(), softwareRenderers: SOFTWARE_RENDERERS.source };
}
const layout = appLayout();
if (layout.pins !== PINS) throw new Error(`the app would place ${layout.pins} pins, not ${PINS}`);

// The baseline: three.js alone with the app's pins, lights and two boxes, the same camera turn per frame.
const barePage = `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;background:#000}</style></head><body>
<script type="module">
import * as THREE from '/three.module.js';
const layout = await (await fetch('/layout.json')).json();
const query = new URLSearchParams(location.search);
const width = Number(query.get('w')), height = Number(query.get('h'));
// Antialiased exactly when the app's canvas is: not on a software renderer (src/viewer3d/softwareWebGL.ts).
const probe = document.createElement('canvas').getContext('webgl2');
const info = probe.getExtension('WEBGL_debug_renderer_info');
const software = new RegExp(layout.softwareRenderers, 'i').test(probe.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : probe.RENDERER));
probe.getExtension('WEBGL_lose_context')?.loseContext();
const renderer = new THREE.WebGLRenderer({ antialias: !software });
renderer.setPixelRatio(devicePixelRatio);
renderer.setSize(width, height);
document.body.append(renderer.domElement);
const scene = new THREE.Scene();
scene.background = new THREE.Color('#11181d');
scene.add(new THREE.HemisphereLight('#ffffff', '#334455', 1.6));
const camera = new THREE.PerspectiveCamera(60, width / height, 0.05, 2000);
camera.position.fromArray(layout.camera);
camera.lookAt(new THREE.Vector3().fromArray(layout.target));
for (const x of [-6, 6]) {
  const box = new THREE.Mesh(new THREE.BoxGeometry(8, 3, 5), new THREE.MeshStandardMaterial({ color: '#8899aa' }));
  box.position.set(x, 1.5, 0);
  scene.add(box);
}
const canvas = document.createElement('canvas');
canvas.width = canvas.height = 64;
const context = canvas.getContext('2d');
context.beginPath(); context.arc(32, 32, 26, 0, Math.PI * 2); context.fillStyle = '#ffffff'; context.fill();
context.lineWidth = 8; context.strokeStyle = '#111111'; context.stroke();
const disc = new THREE.CanvasTexture(canvas);
const all = [];
for (const { colour, positions } of layout.layers) {
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute('position', new THREE.BufferAttribute(new Float32Array(positions), 3));
  const material = new THREE.PointsMaterial({ color: colour, map: disc, size: 22, sizeAttenuation: false, transparent: true, alphaTest: 0.4, depthTest: false });
  const points = new THREE.Points(geometry, material);
  points.renderOrder = 10;
  scene.add(points);
  all.push(...positions);
}
const inside = () => {
  // project() uses the camera's inverse world matrix, which lookAt alone does not update.
  camera.updateMatrixWorld();
  let count = 0;
  const point = new THREE.Vector3();
  for (let i = 0; i < all.length; i += 3) {
    point.set(all[i], all[i + 1], all[i + 2]).project(camera);
    if (Math.abs(point.x) <= 1 && Math.abs(point.y) <= 1) count += 1;
  }
  return count;
};
const UP = new THREE.Vector3(0, 1, 0);
window.bare = {
  pinsInside: inside(),
  antialias: !software,
  measureFrames: (ms) => new Promise((resolve) => {
    const start = performance.now();
    let frames = 0;
    const tick = () => {
      const elapsed = performance.now() - start;
      if (elapsed >= ms) return resolve({ frames, ms: elapsed });
      camera.position.applyAxisAngle(UP, 0.01);
      camera.lookAt(0, 0, 0);
      renderer.render(scene, camera);
      frames += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }),
};
renderer.render(scene, camera);
requestAnimationFrame(() => { document.body.dataset.ready = 'true'; });
</script></body></html>`;

// three.module.js imports './three.core.js', so both are served side by side.
const THREE_BUILD = 'node_modules/three/build';
const bareFiles: StaticFiles = {
  '/': ['text/html', barePage],
  '/layout.json': ['application/json', JSON.stringify(layout)],
};
for (const name of ['three.module.js', 'three.core.js']) {
  bareFiles[`/${name}`] = ['text/javascript', readFileSync(join(THREE_BUILD, name))];
}

const bare = await serveFiles(bareFiles);
const bareUrl = bare.url;
const app = await serveFiles(withDataFiles(builtAppFiles('dist'), { violations }));
const browser = await launchBrowser();

async function framesPerSecond(page: Page, measure: string): Promise<number> {
  await page.evaluate(`${measure}(${SETTLE_MS})`);
  const { frames, ms } = (await page.evaluate(`${measure}(${MEASURE_MS})`)) as { frames: number; ms: number };
  return frames / (ms / 1000);
}

function fail(tab: TestPage, message: string): never {
  throw new Error(`${message} (page errors: ${tab.pageErrors.join(' | ') || 'none'})`);
}

let canvasSize = VIEWPORT;
let pinsOnScreen = NaN;
/** The share of pins on screen the two pages may differ by: the same pins, give or take the canvas's edge. */
const ON_SCREEN_TOLERANCE = 0.002;
let barePinsOnScreen = NaN;
let appAntialias: boolean | undefined;
let bareAntialias: boolean | undefined;

const viewerPageScripts: string[] = [];

async function appRun(first: boolean): Promise<number> {
  const tab = await openPage(browser, VIEWPORT);
  if (first) tab.page.on('request', (request) => viewerPageScripts.push(...scriptName(request.url())));
  await tab.page.goto(`${app.url}facility/${ONSONG}`);
  await tab.page.locator('[data-viewer][data-scene-ready="true"]').waitFor({ timeout: 120_000 });
  // Rooms this full are drawn as count markers (viewerScale measures that); here the reader asks for every pin.
  await tab.page.getByRole('checkbox', { name: /Show every account as its own pin/ }).check();
  // Proof the 10,000 pins are in the scene, not just the bundled handful.
  const ends = () => tab.page.evaluate((last) => [0, last].map((n) => window.atlasViewer?.pinScreenPosition(`SYNTHETIC-pin-${n}`) ?? null), PINS - 1);
  await tab.page.waitForFunction((last) => window.atlasViewer?.pinScreenPosition(`SYNTHETIC-pin-${last}`) != null, PINS - 1, { timeout: 60_000 }).catch(() => undefined);
  if ((await ends()).includes(null)) fail(tab, 'the viewer has no SYNTHETIC pins');
  if (first) {
    const box = await tab.page.locator('[data-viewer] canvas').boundingBox();
    if (!box) fail(tab, 'the viewer has no canvas');
    canvasSize = { width: Math.round(box.width), height: Math.round(box.height) };
    appAntialias = await tab.page.evaluate(() => document.querySelector<HTMLCanvasElement>('[data-viewer] canvas')?.getContext('webgl2')?.getContextAttributes()?.antialias);
    // How many pins start inside the canvas (the bare page must count as many).
    pinsOnScreen = await tab.page.evaluate(
      ({ count, box }) => {
        let inside = 0;
        for (let n = 0; n < count; n++) {
          const at = window.atlasViewer?.pinScreenPosition(`SYNTHETIC-pin-${n}`);
          if (at && at.x >= box.x && at.x <= box.x + box.width && at.y >= box.y && at.y <= box.y + box.height) inside += 1;
        }
        return inside;
      },
      { count: PINS, box },
    );
  }
  const fps = await framesPerSecond(tab.page, 'window.atlasViewer.measureFrames');
  if (tab.offsiteRequests.length > 0) fail(tab, `the viewer reached off this machine: ${tab.offsiteRequests.join(', ')}`);
  await tab.context.close();
  return fps;
}

async function bareRun(): Promise<number> {
  const tab = await openPage(browser, VIEWPORT);
  await tab.page.goto(`${bareUrl}?w=${canvasSize.width}&h=${canvasSize.height}`);
  await tab.page.locator('body[data-ready="true"]').waitFor({ timeout: 60_000 }).catch(() => fail(tab, 'the bare three.js page never drew'));
  barePinsOnScreen = (await tab.page.evaluate('window.bare.pinsInside')) as number;
  // Pins on the very edge can fall either side of the canvas size rounded to whole pixels (5 of 10,000 seen here).
  if (Math.abs(barePinsOnScreen - pinsOnScreen) > ON_SCREEN_TOLERANCE * pinsOnScreen) fail(tab, `the bare page has ${barePinsOnScreen} pins inside its canvas, the app ${pinsOnScreen}`);
  bareAntialias = (await tab.page.evaluate('window.bare.antialias')) as boolean;
  const fps = await framesPerSecond(tab.page, 'window.bare.measureFrames');
  await tab.context.close();
  return fps;
}

/** A JavaScript file under /assets/, by its name. */
function scriptName(url: string): string[] {
  const path = new URL(url).pathname;
  return /^\/assets\/.+\.m?js$/.test(path) ? [path.slice('/assets/'.length)] : [];
}

/** The JavaScript files under /assets/ that the map page requests before its facilities are visible. */
async function mapPageScripts(): Promise<string[]> {
  const tab = await openPage(browser, VIEWPORT);
  const scripts = new Set<string>();
  tab.page.on('request', (request) => scriptName(request.url()).forEach((name) => scripts.add(name)));
  await tab.page.goto(app.url);
  await tab.page.waitForFunction(() => performance.getEntriesByName('atlas:facilities-visible').length > 0, undefined, { timeout: 60_000 });
  await tab.context.close();
  return [...scripts].sort();
}

const appFps: number[] = [];
const bareFps: number[] = [];
let mapScripts: string[] = [];
try {
  for (let run = 0; run < RUNS; run += 1) {
    appFps.push(await appRun(run === 0)); // the app first, so the bare canvas can copy its size
    bareFps.push(await bareRun());
  }
  mapScripts = await mapPageScripts();
} finally {
  await browser.close();
  app.close();
  bare.close();
}

const [appSpread, bareSpread] = [spread(appFps, 'fps', 1), spread(bareFps, 'fps', 1)];
const [appMedian, bareMedian] = [appSpread.median, bareSpread.median];
console.log(`pins: ${PINS} SYNTHETIC at their own points in ${rooms.length} rooms (${layout.stacked} share a spot, stacks up to ${layout.highestStack}); canvas ${canvasSize.width}×${canvasSize.height}`);
console.log(`pins inside the canvas at the start: app ${pinsOnScreen}, bare ${barePinsOnScreen}`);
console.log(`antialiased (off on a software renderer): app ${appAntialias}, bare ${bareAntialias}`);
console.log(`runs: ${RUNS} each, alternating, ${MEASURE_MS} ms of orbiting after ${SETTLE_MS} ms settling`);
console.log(`bare three.js Points:  ${bareSpread.text}`);
console.log(`Facility Atlas viewer: ${appSpread.text}`);
console.log(`ratio app / bare: ${(appMedian / bareMedian).toFixed(2)}x of medians: ${appMedian / bareMedian >= TARGET ? 'meets' : 'UNDER'} ${TARGET}x`);
console.log(`app ≥ ${FPS_FLOOR} fps: ${appMedian >= FPS_FLOOR ? 'PASS' : 'UNDER'}`);

const row = (name: string, kib: number) => console.log(`  ${name.padEnd(44)} ${kib.toFixed(1).padStart(7)} KiB gzip`);
const mapKiB = mapScripts.map((name) => gzipKiB(join('dist/assets', name)));
console.log('JavaScript the map page loads (gzip):');
mapScripts.forEach((name, index) => row(name, mapKiB[index] ?? NaN));
row('total', mapKiB.reduce((sum, kib) => sum + kib, 0));
console.log('loaded only on entering a facility (three.js and the viewer):');
const viewerOnly = [...new Set(viewerPageScripts)].filter((name) => !mapScripts.includes(name)).sort();
const viewerKiB = viewerOnly.map((name) => gzipKiB(join('dist/assets', name)));
viewerOnly.forEach((name, index) => row(name, viewerKiB[index] ?? NaN));
row('total', viewerKiB.reduce((sum, kib) => sum + kib, 0));
if (mapScripts.some((name) => name.startsWith('FacilityViewer-') || name.startsWith('viewer-'))) console.log('  (note: the map page loaded the viewer)');
