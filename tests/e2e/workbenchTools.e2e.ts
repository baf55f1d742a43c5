/**
 * The workbench's tools as an investigator used to QGIS and Placemark uses them, in real Chromium: the offline map
 * shows the facility, a scale bar and a hint to choose imagery; a rectangle room shows its area; overlapping rooms
 * are flagged in plain words while their names are still missing; a pasted GeoJSON polygon joins the work and the
 * downloaded GeoJSON holds it; a rectangle snaps to a neighbouring room's corner; a SYNTHETIC diagram is placed by
 * its move, rotate and scale handles, then by numbered control points with residuals in metres under each fit. Screenshots at 1440 × 900 and 1024 × 768.
 */
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useAppSession } from './support/appSession';
import { openPage, screenshot, type TestPage } from './support/browser';
import { ensureImageryAllowed, routeProviderTo } from './support/imageryRoutes';
import { startTileServer, type TileServer } from './support/tileServer';

const ONSONG = 'nkpd-pe7q4z9cv8';

/** A SYNTHETIC 300 × 200 "diagram": a light sheet with a dark frame and a cross, so its placement is visible. */
function syntheticDiagram(width = 300, height = 200): Buffer {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const ink = x < 8 || y < 8 || x >= width - 8 || y >= height - 8 || Math.abs(x - width / 2) < 3 || Math.abs(y - height / 2) < 3;
      png.data.set(ink ? [50, 30, 20, 255] : [240, 235, 220, 255], (y * width + x) * 4);
    }
  }
  return PNG.sync.write(png);
}

const map = (page: Page) => page.getByTestId('workbench-map');
/** A point `dx`, `dy` pixels from the map's centre (measured each time: panels change the layout). */
async function mapPoint(page: Page, dx: number, dy: number): Promise<[number, number]> {
  const box = await map(page).boundingBox();
  if (!box) throw new Error('the workbench map has no box');
  return [box.x + box.width / 2 + dx, box.y + box.height / 2 + dy];
}
async function clickMap(page: Page, dx: number, dy: number) {
  const [x, y] = await mapPoint(page, dx, dy);
  await page.mouse.move(x, y, { steps: 3 });
  await page.mouse.click(x, y);
}
async function drag(page: Page, from: [number, number], to: [number, number]) {
  await page.mouse.move(...from);
  await page.mouse.down();
  await page.mouse.move(...to, { steps: 10 });
  await page.mouse.up();
}
async function centreOf(page: Page, label: string): Promise<[number, number]> {
  const box = await page.getByLabel(label, { exact: true }).boundingBox();
  if (!box) throw new Error(`no ${label}`);
  return [box.x + box.width / 2, box.y + box.height / 2];
}
const idle = (page: Page) => page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="workbench-map"]')?.dataset.idle === 'true', null, { timeout: 60_000 });
const saved = (page: Page) => page.locator('[data-save="saved"]').waitFor({ timeout: 15_000 });
const problems = (page: Page) => page.getByRole('list', { name: 'Problems in this work' });
const editor = (page: Page) => page.locator('.record-editor');

async function drawRectangle(page: Page, from: [number, number], to: [number, number]) {
  await page.getByRole('button', { name: 'Room', exact: true }).click();
  await page.getByRole('radio', { name: 'Rectangle' }).check();
  await clickMap(page, ...from);
  await clickMap(page, ...to);
}

describe('the workbench tools: drawing, validation and plain GeoJSON', () => {
  const app = useAppSession();
  let tab: TestPage;

  beforeAll(async () => {
    tab = await openPage(app.browser, { width: 1440, height: 900 });
    await tab.page.goto(`${app.server.url}/workbench/${ONSONG}`);
    await map(tab.page).waitFor();
    await idle(tab.page);
  });

  it('shows the facility, a scale bar and a hint to choose imagery on the offline map', async () => {
    const { page } = tab;
    expect(await map(page).locator('.maplibregl-ctrl-scale').textContent()).toMatch(/^\d+\s?k?m$/);
    await page.getByRole('note').filter({ hasText: 'Satellite imagery shows the site itself' }).waitFor();
    expect(await map(page).getAttribute('data-facility')).toBe('1');
    await screenshot(page, 'workbench-tools-offline-1440');
  });

  it('draws a rectangle room and shows its area while the form follows the new room', async () => {
    const { page } = tab;
    await drawRectangle(page, [-160, -80], [-20, 60]);
    await expect.poll(() => editor(page).getAttribute('aria-label')).toBe('Properties of room-1');
    const readout = page.getByTestId('measure-readout');
    const area = Number(/([\d.]+) m²/.exec((await readout.textContent()) ?? '')?.[1]);
    // 140 × 140 px: the scale bar says how many metres a pixel is here.
    const scale = map(page).locator('.maplibregl-ctrl-scale');
    const metresPerPixel = Number(/^(\d+)/.exec((await scale.textContent()) ?? '')?.[1]) / ((await scale.boundingBox())?.width ?? 1);
    expect(area / (140 * metresPerPixel) ** 2).toBeGreaterThan(0.9);
    expect(area / (140 * metresPerPixel) ** 2).toBeLessThan(1.1);
    expect(await readout.textContent()).toMatch(/perimeter [\d.]+ m/);
    expect(await editor(page).isVisible()).toBe(true);
    await saved(page);
  });

  it('flags two overlapping rooms in plain words while their names are still missing', async () => {
    const { page } = tab;
    await drawRectangle(page, [-60, -40], [60, 80]);
    await expect.poll(() => editor(page).getAttribute('aria-label')).toBe('Properties of room-2');
    await expect.poll(() => problems(page).textContent()).toMatch(/Room room-2 \(no name yet\) overlaps room room-1 \(no name yet\) by \d+ m²\./);
    expect(await problems(page).textContent()).toContain('Room room-1 (no name yet) needs an English name.');
    await editor(page).getByLabel('Name (English)', { exact: true }).fill('SYNTHETIC Cell 4');
    await expect.poll(() => problems(page).textContent()).toMatch(/Room ‘SYNTHETIC Cell 4’ overlaps room room-1 \(no name yet\) by \d+ m²\./);
    // Choosing the problem selects the room it names, and the form shows it.
    await page.getByRole('button', { name: /^Room room-1 \(no name yet\) needs an English name/ }).click();
    await expect.poll(() => editor(page).getAttribute('aria-label')).toBe('Properties of room-1');
    await screenshot(page, 'workbench-tools-overlap-1440');
  });

  it('pastes a GeoJSON polygon into the work and downloads the work as plain GeoJSON', async () => {
    const { page } = tab;
    const ring = [[129.9866, 42.9599], [129.9869, 42.9599], [129.9869, 42.9597], [129.9866, 42.9597], [129.9866, 42.9599]];
    const pasted = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'SYNTHETIC pasted yard', kind: 'room', use: 'yard' }, geometry: { type: 'Polygon', coordinates: [ring] } }] };
    await page.getByRole('button', { name: 'Paste GeoJSON', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste GeoJSON into this work' });
    await dialog.getByLabel(/^GeoJSON/).fill('{"type": "Feature", "geometry": 5');
    await dialog.getByRole('button', { name: 'Add to the work' }).click();
    await dialog.getByText('That is not JSON: nothing was added.', { exact: false }).waitFor();
    await dialog.getByLabel(/^GeoJSON/).fill(JSON.stringify(pasted));
    await dialog.getByRole('button', { name: 'Add to the work' }).click();
    await expect.poll(() => editor(page).getAttribute('aria-label')).toBe('Properties of room-3');
    expect(await editor(page).getByLabel('Name (English)', { exact: true }).inputValue()).toBe('SYNTHETIC pasted yard');
    await saved(page);

    const started = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download GeoJSON', exact: true }).click();
    const file = await started;
    expect(file.suggestedFilename()).toBe(`${ONSONG}-plan.geojson`);
    const downloaded = JSON.parse(readFileSync((await file.path()) ?? '', 'utf8')) as { type: string; features: { id: string; geometry: { coordinates: number[][][] }; properties: Record<string, unknown> }[] };
    expect(downloaded.type).toBe('FeatureCollection');
    expect(downloaded.features.map((feature) => feature.id)).toEqual(['room-1', 'room-2', 'room-3']);
    const yard = downloaded.features[2];
    expect(yard?.properties).toMatchObject({ kind: 'room', use: 'yard', name: { en: 'SYNTHETIC pasted yard' } });
    expect(yard?.geometry.coordinates).toEqual([ring]);
    expect(tab.offsiteRequests).toEqual([]);
  });

  it('snaps a rectangle to the corner of a room next to it, as polygons snap', async () => {
    const { page } = tab;
    // room-1 runs from (-160, -80) to (-20, 60): start 5 px off its bottom-left corner, out to a room below it.
    await drawRectangle(page, [-164, 63], [-90, 130]);
    await expect.poll(() => editor(page).getAttribute('aria-label')).toBe('Properties of room-4');
    await saved(page);
    const started = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download GeoJSON', exact: true }).click();
    const downloaded = JSON.parse(readFileSync((await (await started).path()) ?? '', 'utf8')) as { features: { id: string; geometry: { coordinates: number[][][] } }[] };
    const ringOf = (id: string) => downloaded.features.find((feature) => feature.id === id)?.geometry.coordinates[0] ?? [];
    const corners = new Set(ringOf('room-1').map((position) => position.join(',')));
    // Exactly the same numbers: without snapping the click 5 px away would be a different corner.
    expect(ringOf('room-4').filter((position) => corners.has(position.join(','))).length).toBeGreaterThan(0);
    await screenshot(page, 'workbench-tools-snapped-rectangle-1440');
  });
});

describe('the georeferencer: a diagram placed by handles and by numbered points', () => {
  const app = useAppSession();
  let tiles: TileServer;
  let tab: TestPage;

  beforeAll(async () => {
    tiles = await startTileServer([70, 90, 60]);
    tab = await openPage(app.browser, { width: 1024, height: 768 });
    await routeProviderTo(tab.page, 'esri', tiles);
    await tab.page.goto(`${app.server.url}/workbench/${ONSONG}?imagery=esri-world-imagery`);
    await map(tab.page).waitFor();
    await ensureImageryAllowed(tab.page, 'server.arcgisonline.com');
    await idle(tab.page);
  });

  afterAll(async () => {
    await tiles?.close();
  });

  it('opens a new diagram beside the map, brought into view, and places it by its move, rotate and scale handles', async () => {
    const { page } = tab;
    await page.getByLabel('Add a diagram (PNG or JPEG photo)').setInputFiles({ name: 'SYNTHETIC-plan.png', mimeType: 'image/png', buffer: syntheticDiagram() });
    const placing = page.getByRole('complementary', { name: 'Placing a diagram' });
    await placing.getByRole('heading', { name: 'Placing SYNTHETIC-plan.png' }).waitFor();
    await idle(page);
    // Brought into view: the 40 m wide diagram spans most of the map, not a speck at the facility point.
    const [scaleX] = await centreOf(page, 'Scale the diagram');
    const [moveX, moveY] = await centreOf(page, 'Move the diagram');
    const mapBox = await map(page).boundingBox();
    expect(scaleX - moveX).toBeGreaterThan((mapBox?.width ?? 0) / 4);

    // Up and to the left, so the corners stay clear of the map's attribution along its bottom edge once turned.
    const moved: [number, number] = [moveX - 40, moveY - 30];
    await drag(page, [moveX, moveY], moved);
    await saved(page);
    await expect.poll(() => centreOf(page, 'Move the diagram')).toEqual(moved);
    const rotateBefore = await centreOf(page, 'Rotate the diagram');
    await drag(page, rotateBefore, [rotateBefore[0] + 80, rotateBefore[1] + 20]);
    await saved(page);
    const scaleBefore = await centreOf(page, 'Scale the diagram');
    await drag(page, scaleBefore, [scaleBefore[0] - 30, scaleBefore[1] - 20]);
    await saved(page);
    // The map did not pan under the drags: the move handle is where it was dropped.
    expect(await centreOf(page, 'Move the diagram')).toEqual(moved);
    await screenshot(page, 'workbench-tools-handles-1024');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => centreOf(page, 'Move the diagram')).toEqual([moveX, moveY]);
  });

  it('places it by numbered control points on the diagram and the map, with residuals in metres for each fit', async () => {
    const { page } = tab;
    const placing = page.getByRole('complementary', { name: 'Placing a diagram' });
    await placing.getByLabel('Placement').selectOption({ label: 'By control points: projective (a drawing in perspective; 4 or more points)' });
    const image = placing.getByRole('img', { name: /^Diagram SYNTHETIC-plan\.png/ });
    // Image points at the frame's corners and the cross ↔ a slightly uneven box on the map (a hand-drawn sketch).
    const pairs: [[number, number], [number, number]][] = [
      [[0.05, 0.05], [-120, -80]],
      [[0.95, 0.05], [125, -78]],
      [[0.95, 0.95], [118, 84]],
      [[0.05, 0.95], [-122, 80]],
      [[0.5, 0.5], [4, 3]],
    ];
    for (const [index, [[fx, fy], [mx, my]]] of pairs.entries()) {
      const box = await image.boundingBox();
      if (!box) throw new Error('no diagram image');
      await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
      await placing.getByText('Now click the same place on the map.').waitFor();
      await clickMap(page, mx, my);
      await placing.getByLabel(`Control point ${index + 1} on the diagram`, { exact: true }).waitFor();
    }
    await page.getByLabel('Control point 5 on the map', { exact: true }).waitFor();
    const rows = placing.locator('table.residuals tbody tr');
    await expect.poll(() => rows.count()).toBe(5);
    const residuals = await placing.locator('td[data-residual]').allTextContents();
    expect(residuals.every((text) => /^\d+\.\d\d m$/.test(text))).toBe(true);
    const fits = await placing.getByRole('list', { name: 'Error of each fit on these points' }).locator('li').allTextContents();
    const rms = Object.fromEntries(fits.map((text) => [text.split(':')[1]?.trim() ?? text, Number(/([\d.]+) m RMS/.exec(text)?.[1])]));
    console.log(`fit RMS on the SYNTHETIC diagram (5 points): ${fits.join(' | ')}`);
    expect(Object.values(rms).every((value) => Number.isFinite(value))).toBe(true);
    await saved(page);
    await screenshot(page, 'workbench-tools-points-1024');

    // A control point dragged on the diagram changes its residuals; one deleted leaves four.
    const before = await placing.locator('caption').textContent();
    const [x, y] = await centreOf(page, 'Control point 5 on the diagram');
    await drag(page, [x, y], [x + 25, y + 15]);
    await expect.poll(() => placing.locator('caption').textContent()).not.toBe(before);
    await placing.getByRole('button', { name: 'Delete control point 5' }).click();
    await expect.poll(() => rows.count()).toBe(4);
    await placing.getByRole('button', { name: 'Done', exact: true }).click();
    await page.getByRole('complementary', { name: 'Workbench panels' }).waitFor();
    expect(tab.offsiteRequests).toEqual([]);
  });
});
