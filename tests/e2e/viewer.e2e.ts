import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppSession } from './support/appSession';
import { openPage, screenshot, type TestPage } from './support/browser';
import { distinctColours } from './support/pixels';
import {
  cells,
  confidenceShown,
  distance,
  letFramesPass,
  ONSONG,
  readCamera,
  rooms,
  serveViolations,
  syntheticViolations,
  waitForScene,
  type PlanFeature,
} from './support/viewerSteps';

/** SYNTHETIC violations pinned in Onsong's first two cells, two categories each, served in place of the bundled file. */
const pinnedInCells = syntheticViolations(
  cells.slice(0, 2).flatMap((cell, index) => ['torture', 'starvation'].map((category) => ({ id: `SYNTHETIC-violation-${index}-${category}`, category, roomId: cell.id }))),
);

describe('inside a facility: the 3D viewer', () => {
  const app = useAppSession();
  let tab: TestPage;

  beforeAll(async () => {
    tab = await openPage(app.browser);
  });

  it('enters Onsong from the map card; the map page had not loaded three.js', async () => {
    const scripts: string[] = [];
    tab.page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await tab.page.goto(`${app.server.url}/?facility=${ONSONG}`);
    const enter = tab.page.getByRole('button', { name: 'Enter facility (3D)' });
    await enter.waitFor();
    const beforeViewer = scripts.length;
    await enter.click();
    await waitForScene(tab.page);
    expect(new URL(tab.page.url()).pathname).toBe(`/facility/${ONSONG}`);
    expect(scripts.slice(0, beforeViewer).some((url) => /FacilityViewer/.test(url))).toBe(false);
    expect(scripts.some((url) => /FacilityViewer/.test(url))).toBe(true);
    expect(await tab.page.getByRole('note').textContent()).toMatch(/not Korea Future's model/);
    const image = await tab.page.locator('[data-viewer]').screenshot();
    expect(distinctColours(image)).toBeGreaterThanOrEqual(5);
    await screenshot(tab.page, 'viewer-onsong-orbit');
  });

  it('lists every room beside the canvas, each with the confidence its plan record gives', async () => {
    const list = tab.page.getByRole('list', { name: 'Rooms' });
    expect(await list.getByRole('button').count()).toBe(rooms.length);
    const listed = await list.getByRole('button').evaluateAll((buttons) =>
      buttons.map((button) => [button.querySelector('.room-name')?.textContent, button.querySelector('.confidence')?.textContent]),
    );
    expect(listed).toEqual(rooms.map((room) => [room.name.en, confidenceShown(room)]));
    const labels = await tab.page.locator('[data-viewer] .room-label').allTextContents();
    expect(labels.sort()).toEqual(rooms.map((room) => room.name.en).sort());
  });

  it('selects a room from the list and shows its record', async () => {
    const cell = cells[2] ?? cells[0];
    if (!cell) throw new Error('the Onsong plan has no cell');
    await tab.page.getByRole('list', { name: 'Rooms' }).getByRole('button', { name: new RegExp(cell.name.en) }).click();
    await expect.poll(() => tab.page.locator('#room-heading').textContent()).toBe(cell.name.en);
    expect(new URL(tab.page.url()).searchParams.get('room')).toBe(cell.id);
    expect(await tab.page.getByRole('list', { name: 'Rooms' }).locator('[aria-current="true"]').textContent()).toContain(cell.name.en);
    // The record appears inside a polite live region, so a screen reader announces the selection.
    expect(await tab.page.locator('[aria-live="polite"] #room-heading').textContent()).toBe(cell.name.en);
    await screenshot(tab.page, 'viewer-room-selected');
  });

  it('lists the facility-level violations with their sources', async () => {
    const section = tab.page.getByRole('region', { name: /documented at this facility/ });
    const records = section.locator('.violation-record');
    expect(await records.count()).toBeGreaterThan(0);
    expect(await records.first().locator('blockquote').count()).toBeGreaterThan(0);
  });

  it('switches to walk and plan views', async () => {
    const orbit = await readCamera(tab.page);
    expect(orbit.direction[2]).toBeGreaterThan(-0.99);
    await tab.page.getByRole('radio', { name: 'Walk', exact: true }).check();
    await tab.page.getByRole('group', { name: 'Walk' }).waitFor();
    const canvas = tab.page.locator('[data-viewer]');
    const before = await canvas.screenshot();
    await canvas.focus();
    await tab.page.keyboard.down('ArrowUp');
    await tab.page.waitForTimeout(600);
    await tab.page.keyboard.up('ArrowUp');
    const after = await canvas.screenshot();
    expect(after.equals(before)).toBe(false);
    await screenshot(tab.page, 'viewer-walk');
    await tab.page.getByRole('radio', { name: 'Plan', exact: true }).check();
    expect(new URL(tab.page.url()).searchParams.get('mode')).toBe('plan');
    // Straight down: the camera's direction is (0, 0, -1) in plan metres.
    await expect.poll(async () => (await readCamera(tab.page)).direction[2]).toBeLessThan(-0.999);
    await screenshot(tab.page, 'viewer-plan');
  });

  it('walks while a walk button is held and stops when it is released or the press is cancelled', async () => {
    await tab.page.getByRole('radio', { name: 'Walk', exact: true }).check();
    const forward = tab.page.getByRole('button', { name: 'Forward', exact: true });
    const box = await forward.boundingBox();
    if (!box) throw new Error('no Forward button on screen');
    await tab.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);

    const start = (await readCamera(tab.page)).position;
    await tab.page.mouse.down();
    // A press becomes a hold after a quarter of a second (a shorter one is a tap: one step).
    await expect.poll(async () => distance((await readCamera(tab.page)).position, start), { timeout: 10_000 }).toBeGreaterThan(0.6);
    await tab.page.mouse.up();
    const released = (await readCamera(tab.page)).position;
    await letFramesPass(tab.page);
    expect((await readCamera(tab.page)).position).toEqual(released);

    // A press the browser cancels (a scroll or a system gesture takes the touch) stops the walk too.
    await tab.page.mouse.down();
    await expect.poll(async () => distance((await readCamera(tab.page)).position, released), { timeout: 10_000 }).toBeGreaterThan(0.6);
    await forward.dispatchEvent('pointercancel', { bubbles: true, pointerId: 1, pointerType: 'touch' });
    const cancelled = (await readCamera(tab.page)).position;
    await letFramesPass(tab.page);
    expect((await readCamera(tab.page)).position).toEqual(cancelled);
    await tab.page.mouse.up();
  });

  it('takes one step or turn for Enter or Space on a focused walk button', async () => {
    await tab.page.getByRole('radio', { name: 'Walk', exact: true }).check();
    const forward = tab.page.getByRole('button', { name: 'Forward', exact: true });
    const start = await readCamera(tab.page);
    await forward.focus();
    await tab.page.keyboard.press('Enter');
    await expect.poll(async () => distance((await readCamera(tab.page)).position, start.position)).toBeCloseTo(0.5, 3);
    const stepped = await readCamera(tab.page);
    await letFramesPass(tab.page);
    expect((await readCamera(tab.page)).position).toEqual(stepped.position);
    // The step went the way the camera looked.
    const moved = stepped.position.map((value, axis) => value - (start.position[axis] ?? 0));
    expect(moved[0]! * start.direction[0] + moved[1]! * start.direction[1]).toBeCloseTo(0.5, 3);

    await tab.page.getByRole('button', { name: 'Turn left', exact: true }).focus();
    await tab.page.keyboard.press('Space');
    await expect.poll(async () => {
      const [x, y] = (await readCamera(tab.page)).direction;
      return (Math.atan2(y, x) - Math.atan2(stepped.direction[1], stepped.direction[0])) * (180 / Math.PI);
    }).toBeCloseTo(15, 3);
  });

  it('opens a deep link to a room exactly', async () => {
    const cell = cells[0];
    if (!cell) throw new Error('the Onsong plan has no cell');
    await tab.page.goto(`${app.server.url}/facility/${ONSONG}?room=${encodeURIComponent(cell.id)}&mode=plan`);
    await waitForScene(tab.page);
    await expect.poll(() => tab.page.locator('#room-heading').textContent()).toBe(cell.name.en);
    expect(await tab.page.getByRole('radio', { name: 'Plan', exact: true }).isChecked()).toBe(true);
  });

  it('clicks a pin and shows the violation record; pins in one room stack', async () => {
    const pinned = await openPage(app.browser);
    await serveViolations(pinned.page, pinnedInCells);
    await pinned.page.goto(`${app.server.url}/facility/${ONSONG}`);
    await waitForScene(pinned.page);
    const first = await pinned.page.evaluate(() => window.atlasViewer?.pinScreenPosition('SYNTHETIC-violation-0-torture') ?? null);
    const stacked = await pinned.page.evaluate(() => window.atlasViewer?.pinScreenPosition('SYNTHETIC-violation-0-starvation') ?? null);
    if (!first || !stacked) throw new Error('the viewer gave no pin position');
    expect(Math.hypot(first.x - stacked.x, first.y - stacked.y)).toBeGreaterThan(3);
    await pinned.page.mouse.click(first.x, first.y);
    const record = pinned.page.locator('.picked-violation');
    await record.waitFor();
    expect(await record.textContent()).toContain('SYNTHETIC torture');
    await screenshot(pinned.page, 'viewer-pin-picked');
    expect(pinned.offsiteRequests).toEqual([]);
    await pinned.context.close();
  });

  it('draws the generated glTF model, with pins in its rooms and rooms selectable', async () => {
    const modelTab = await openPage(app.browser);
    await serveViolations(modelTab.page, pinnedInCells);
    const models: string[] = [];
    modelTab.page.on('response', (response) => {
      if (/\.glb$/.test(new URL(response.url()).pathname)) models.push(`${response.status()} ${response.url()}`);
    });
    await modelTab.page.goto(`${app.server.url}/facility/${ONSONG}?model=file`);
    await modelTab.page.locator('[data-viewer][data-drawn="file"]').waitFor({ timeout: 60_000 });
    await waitForScene(modelTab.page);
    expect(models).toEqual([expect.stringMatching(new RegExp(`^200 .*${ONSONG}.*\\.glb$`))]);
    expect(await modelTab.page.getByRole('radio', { name: 'Prepared 3D model' }).isChecked()).toBe(true);
    expect(await modelTab.page.getByRole('alert').count()).toBe(0);
    const position = await modelTab.page.evaluate(() => window.atlasViewer?.pinScreenPosition('SYNTHETIC-violation-1-torture') ?? null);
    if (!position) throw new Error('no pin position on the model file');
    await modelTab.page.mouse.click(position.x, position.y);
    expect(await modelTab.page.locator('.picked-violation').textContent()).toContain('SYNTHETIC torture');
    const cell = cells[1];
    if (!cell) throw new Error('the Onsong plan has no second cell');
    await modelTab.page.getByRole('list', { name: 'Rooms' }).getByRole('button', { name: new RegExp(`^${cell.name.en}\\b`) }).click();
    await expect.poll(() => modelTab.page.locator('#room-heading').textContent()).toBe(cell.name.en);
    expect(distinctColours(await modelTab.page.locator('[data-viewer]').screenshot())).toBeGreaterThanOrEqual(5);
    await screenshot(modelTab.page, 'viewer-model-file');
    expect(modelTab.offsiteRequests).toEqual([]);
    await modelTab.context.close();
  });

  it('says so when the model file is missing, and draws the plan instead', async () => {
    const missing = await openPage(app.browser);
    await missing.page.route('**/*.glb', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await missing.page.goto(`${app.server.url}/facility/${ONSONG}?model=file`);
    await waitForScene(missing.page);
    const alert = missing.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/No model file could be loaded for this facility \(HTTP 404\)\. Showing the model drawn from its plan/);
    expect(await missing.page.locator('[data-viewer]').getAttribute('data-drawn')).toBe('plan');
    expect(await missing.page.locator('[data-viewer] .room-label').count()).toBe(rooms.length);
    expect(distinctColours(await missing.page.locator('[data-viewer]').screenshot())).toBeGreaterThanOrEqual(5);
    await screenshot(missing.page, 'viewer-model-missing');
    await missing.context.close();
  });

  it('says so when the model file is corrupt, and draws the plan instead', async () => {
    const broken = await openPage(app.browser);
    await broken.page.route('**/*.glb', (route) => route.fulfill({ body: 'SYNTHETIC: not a glTF file', contentType: 'model/gltf-binary' }));
    await broken.page.goto(`${app.server.url}/facility/${ONSONG}?model=file`);
    await waitForScene(broken.page);
    const alert = broken.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/could not be read as glTF.*drawn from its plan/);
    expect(await broken.page.locator('[data-viewer]').getAttribute('data-drawn')).toBe('plan');
    expect(distinctColours(await broken.page.locator('[data-viewer]').screenshot())).toBeGreaterThanOrEqual(5);
    await screenshot(broken.page, 'viewer-model-corrupt');
    await broken.context.close();
  });

  it('reads in Korean: rooms, notice and violations', async () => {
    const korean = await openPage(app.browser);
    await korean.page.goto(`${app.server.url}/facility/${ONSONG}`);
    await waitForScene(korean.page);
    await korean.page.getByRole('button', { name: '한국어' }).click();
    const list = korean.page.getByRole('list', { name: '방 목록' });
    await list.waitFor();
    expect(await list.textContent()).toContain('감방 1');
    expect(await korean.page.getByRole('note').textContent()).toMatch(/[가-힣]/);
    expect(await korean.page.locator('.violation-record').first().textContent()).toContain('김 씨');
    await screenshot(korean.page, 'viewer-korean');
    await korean.context.close();
  });

  it('opens a plan with broken rooms: the problems listed, the valid rooms drawn', async () => {
    const broken = JSON.parse(readFileSync(`data/geojson/plans/${ONSONG}.geojson`, 'utf8')) as { features: PlanFeature[] };
    const [enumRoom, bowtieRoom] = cells.slice(-2).map((cell) => broken.features.find((feature) => feature.properties.id === cell.id));
    if (!enumRoom || !bowtieRoom) throw new Error('the Onsong plan has too few cells');
    enumRoom.properties.use = 'SYNTHETIC-dungeon';
    const ring = (bowtieRoom as unknown as { geometry: { coordinates: number[][][] } }).geometry.coordinates[0] ?? [];
    [ring[1], ring[2]] = [ring[2] ?? [], ring[1] ?? []];
    const tab2 = await openPage(app.browser);
    await tab2.page.route(`**/assets/${ONSONG}*.geojson`, (route) => route.fulfill({ body: JSON.stringify(broken), contentType: 'application/geo+json' }));
    await tab2.page.goto(`${app.server.url}/facility/${ONSONG}`);
    await waitForScene(tab2.page);
    const problems = tab2.page.getByRole('region', { name: 'Rooms and documented violations' }).getByRole('list', { name: 'Problems found while loading' });
    await problems.waitFor();
    const text = (await problems.textContent()) ?? '';
    expect(text).toContain(enumRoom.properties.id);
    expect(text).toContain(bowtieRoom.properties.id);
    const listed = tab2.page.getByRole('list', { name: 'Rooms' }).getByRole('button');
    expect(await listed.count()).toBe(rooms.length - 2);
    expect(distinctColours(await tab2.page.locator('[data-viewer]').screenshot())).toBeGreaterThanOrEqual(5);
    await screenshot(tab2.page, 'viewer-plan-problems');
    await tab2.context.close();
  });

  it('opened at its address, makes one WebGL context on the page — its own — and builds the map only when it is shown', async () => {
    const direct = await openPage(app.browser);
    // Every canvas the page asks for a WebGL context: the renderer is named in a worker, not by a throwaway
    // context (whose release waited seconds on the GPU process), and no map draws beneath the viewer.
    await direct.page.addInitScript(() => {
      const canvases: HTMLCanvasElement[] = [];
      (window as unknown as { webglCanvases: HTMLCanvasElement[] }).webglCanvases = canvases;
      const getContext = HTMLCanvasElement.prototype.getContext as (this: HTMLCanvasElement, ...args: unknown[]) => unknown;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
        if (String(args[0]).startsWith('webgl') && !canvases.includes(this)) canvases.push(this);
        return getContext.apply(this, args);
      } as typeof HTMLCanvasElement.prototype.getContext;
    });
    await direct.page.goto(`${app.server.url}/facility/${ONSONG}`);
    await waitForScene(direct.page);
    const contexts = await direct.page.evaluate(() => {
      const canvases = (window as unknown as { webglCanvases: HTMLCanvasElement[] }).webglCanvases;
      const scene = document.querySelector('[data-viewer] canvas');
      return { count: canvases.length, isTheScene: canvases[0] === scene, antialias: (scene as HTMLCanvasElement).getContext('webgl2')?.getContextAttributes()?.antialias };
    });
    // Chromium here draws WebGL with SwiftShader: the scene's canvas is made without multisampling.
    expect(contexts).toEqual({ count: 1, isTheScene: true, antialias: false });
    expect(await direct.page.locator('.maplibregl-canvas').count()).toBe(0);
    await direct.page.getByRole('button', { name: 'Back to the map' }).click();
    await direct.page.waitForFunction(() => performance.getEntriesByName('atlas:facilities-visible').length > 0, null, { timeout: 60_000 });
    expect(await direct.page.locator('.map-page:not([inert]) .maplibregl-canvas').count()).toBe(1);
    expect(direct.pageErrors.filter((error) => !/THREE\.Clock/.test(error))).toEqual([]);
    await direct.context.close();
  });

  it('sent nothing off this machine and raised no page error', () => {
    expect(tab.offsiteRequests).toEqual([]);
    expect(tab.pageErrors.filter((error) => !/THREE\.Clock/.test(error))).toEqual([]);
  });
});
