/**
 * The investigator's journey in real Chromium with real IndexedDB: place a SYNTHETIC diagram by control points,
 * trace a building and two rooms, fix what validation reports, undo and redo, pin a violation, reshape a room;
 * kill the browser and find every edit after reopening; export a bundle and import it into a fresh profile's 3D
 * preview; place a second diagram by its move handle, undone and redone; work on a second facility, export
 * everything and find both facilities' diagrams and sources in a fresh profile.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/appServer';
import { killProfile, launchBrowser, openPage, openProfile, screenshot, type TestPage } from './support/browser';
import { ensureImageryAllowed, routeProviderTo } from './support/imageryRoutes';
import { decryptFile, dialog, ENCRYPTION_TEST_TIMEOUT, enterPassphrase, saveEncrypted } from './support/protectSteps';
import { startTileServer, type TileServer } from './support/tileServer';

const ONSONG = 'nkpd-pe7q4z9cv8';
/** A second facility of the register (Kyongwon County MPS Waiting Room), worked on at the same time. */
const KYONGWON = 'nkpd-4v5lmb1s91s';

/** A SYNTHETIC "diagram" (200 × 120 unless told): a light sheet with two dark boxes, as a photo of a sketch would be. */
function syntheticDiagram(width = 200, height = 120): Buffer {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inBox = y > height / 6 && y < (height * 5) / 6 && ((x > width / 10 && x < width * 0.475) || (x > width * 0.525 && x < width * 0.9));
      const offset = (y * width + x) * 4;
      png.data.set(inBox ? [60, 40, 30, 255] : [240, 235, 220, 255], offset);
    }
  }
  return PNG.sync.write(png);
}

/** Clicks the map `dx`, `dy` pixels from its centre (measured each time: panels may scroll the page). */
async function clickMap(page: Page, dx: number, dy: number) {
  const box = await page.getByTestId('workbench-map').boundingBox();
  if (!box) throw new Error('the workbench map has no box');
  const [x, y] = [box.x + box.width / 2 + dx, box.y + box.height / 2 + dy];
  await page.mouse.move(x, y, { steps: 3 });
  await page.mouse.click(x, y);
}

/** Clicks a closed polygon's corners, then its first corner again to finish it. */
async function tracePolygon(page: Page, corners: [number, number][]) {
  for (const [dx, dy] of [...corners, corners[0] ?? [0, 0]]) await clickMap(page, dx, dy);
}

const saved = (page: Page) => page.locator('[data-save="saved"]').waitFor({ timeout: 15_000 });
const problems = (page: Page) => page.getByRole('list', { name: 'Problems in this work' });
const editor = (page: Page) => page.locator('.record-editor');
const placingPanel = (page: Page) => page.getByRole('complementary', { name: 'Placing a diagram' });

describe('the workbench: georeference, trace, pin — nothing lost', () => {
  let server: AppServer;
  let tiles: TileServer;
  let browser: Browser;
  const profile = mkdtempSync(join(tmpdir(), 'atlas-profile-'));
  let tab: TestPage;
  let bundlePath = '';

  const open = async (current: TestPage, facilityId = ONSONG) => {
    await routeProviderTo(current.page, 'esri', tiles);
    await current.page.goto(`${server.url}/workbench/${facilityId}?imagery=esri-world-imagery`);
    await current.page.getByRole('region', { name: 'Tracing map' }).waitFor();
    await ensureImageryAllowed(current.page, 'server.arcgisonline.com');
    await current.page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="workbench-map"]')?.dataset.idle === 'true', null, { timeout: 60_000 });
  };

  beforeAll(async () => {
    server = await startAppServer();
    tiles = await startTileServer([70, 90, 60]);
    browser = await launchBrowser();
    tab = await openProfile(profile);
    await open(tab);
  });

  afterAll(async () => {
    killProfile(profile);
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    await browser?.close();
    await tiles?.close();
    await server?.close();
  });

  it('places a diagram photo by three control points and shows the fit error in metres', async () => {
    const { page } = tab;
    // Before any tracing, the published Onsong plan is outlined for reference, and the map says what the outlines are.
    await expect.poll(async () => Number(await page.getByTestId('workbench-map').getAttribute('data-published'))).toBeGreaterThan(0);
    expect(await page.getByText('Dashed orange: the published plan, not in this work').count()).toBe(1);
    await page.getByLabel('Add a diagram (PNG or JPEG photo)').setInputFiles({ name: 'SYNTHETIC-diagram.png', mimeType: 'image/png', buffer: syntheticDiagram() });
    // A new diagram opens in the georeferencer beside the map.
    const diagram = placingPanel(page);
    await diagram.getByRole('heading', { name: 'Placing SYNTHETIC-diagram.png' }).waitFor();
    await diagram.getByLabel('Placement').selectOption({ label: 'By control points: similarity (keeps the shape)' });
    const image = diagram.getByRole('img', { name: /^Diagram SYNTHETIC-diagram\.png/ });
    // Image points at 10 % / 90 % of the 200 × 120 image ↔ a 200 × 120 px box on the map: the same shape.
    const pairs: [[number, number], [number, number]][] = [
      [[0.1, 0.1], [-80, -48]],
      [[0.9, 0.1], [80, -48]],
      [[0.9, 0.9], [80, 48]],
    ];
    for (const [[fx, fy], [mx, my]] of pairs) {
      await image.scrollIntoViewIfNeeded();
      const box = await image.boundingBox();
      if (!box) throw new Error('no diagram image');
      await image.click({ position: { x: box.width * fx, y: box.height * fy } });
      await diagram.getByText('Now click the same place on the map.').waitFor();
      await clickMap(page, mx, my);
    }
    await expect.poll(() => diagram.locator('tbody tr').count()).toBe(3);
    const caption = await diagram.locator('caption').textContent();
    const rms = Number(/([\d.]+) m RMS/.exec(caption ?? '')?.[1]);
    expect(rms).toBeLessThan(0.5);
    await saved(page);
    await diagram.getByRole('button', { name: 'Done', exact: true }).click();
    // The imagery under the diagram came from the local tile server (the Esri layer's URLs, routed here).
    expect(tiles.requests.length).toBeGreaterThan(0);
    await screenshot(page, 'workbench-diagram');
  });

  it('traces a building and two rooms; validation asks for names and a basis, and is satisfied', async () => {
    const { page } = tab;
    await page.getByRole('button', { name: 'Building', exact: true }).click();
    await tracePolygon(page, [[-150, -90], [150, -90], [150, 90], [-150, 90]]);
    await expect.poll(() => editor(page).getAttribute('aria-label')).toBe('Properties of building-1');
    await editor(page).getByLabel('Name (English)', { exact: true }).fill('SYNTHETIC block');
    await editor(page).getByLabel('Basis (what an illustrative guess rests on)', { exact: true }).fill('SYNTHETIC: outline traced from the diagram');

    await page.getByRole('button', { name: 'Room', exact: true }).click();
    await tracePolygon(page, [[-130, -70], [-20, -70], [-20, 70], [-130, 70]]);
    await expect.poll(() => editor(page).getAttribute('aria-label')).toBe('Properties of room-1');
    await expect.poll(() => problems(page).textContent()).toContain('room-1');
    await editor(page).getByLabel('Name (English)', { exact: true }).fill('SYNTHETIC cell A');
    await editor(page).getByLabel('Use', { exact: true }).selectOption({ label: 'Cell' });
    await editor(page).getByLabel('Basis (what an illustrative guess rests on)', { exact: true }).fill('SYNTHETIC: as the survivor drew it');
    await expect.poll(async () => (await problems(page).count()) === 0 || !(await problems(page).textContent())?.includes('room-1')).toBe(true);

    await page.getByRole('button', { name: 'Room', exact: true }).click();
    await tracePolygon(page, [[20, -70], [130, -70], [130, 70], [20, 70]]);
    await expect.poll(() => editor(page).getAttribute('aria-label')).toBe('Properties of room-2');
    await editor(page).getByLabel('Name (English)', { exact: true }).fill('SYNTHETIC cell B');
    await editor(page).getByLabel('Basis (what an illustrative guess rests on)', { exact: true }).fill('SYNTHETIC: as the survivor drew it');
    await expect.poll(() => page.locator('.workbench-problems h3').textContent()).toBe('0 problems');
    await saved(page);
    await screenshot(page, 'workbench-traced');
  });

  it('undoes and redoes a property edit with Ctrl+Z and Ctrl+Shift+Z, the problem coming and going', async () => {
    const { page } = tab;
    await page.getByRole('button', { name: 'Undo', exact: true }).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor(page).getByLabel('Basis (what an illustrative guess rests on)', { exact: true }).inputValue()).toBe('');
    await expect.poll(() => problems(page).textContent()).toContain('Room ‘SYNTHETIC cell B’ is a guess with no source');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => editor(page).getByLabel('Basis (what an illustrative guess rests on)', { exact: true }).inputValue()).toBe('SYNTHETIC: as the survivor drew it');
    await expect.poll(() => page.locator('.workbench-problems h3').textContent()).toBe('0 problems');
  });

  it('adds a restricted testimony source, pins a violation in a room and cites the source', async () => {
    const { page } = tab;
    await page.locator('.add-source').getByLabel('Kind of source').selectOption({ label: 'Testimony' });
    await page.locator('.add-source').getByLabel('Title').fill('SYNTHETIC interview 1');
    await page.getByRole('button', { name: 'Add source', exact: true }).click();
    await expect.poll(() => editor(page).getAttribute('aria-label')).toMatch(/^Properties of source-[0-9a-f]{12}$/);
    expect(await editor(page).getByLabel('Visibility', { exact: true }).inputValue()).toBe('restricted');

    await page.getByRole('button', { name: 'Violation', exact: true }).click();
    await clickMap(page, -75, 0);
    await expect.poll(() => editor(page).getAttribute('aria-label')).toMatch(/^Properties of violation-[0-9a-f]{12}$/);
    expect(await editor(page).getByLabel('Room', { exact: true }).inputValue()).toBe('room-1');
    expect(await editor(page).getByLabel('Visibility', { exact: true }).inputValue()).toBe('restricted');
    await editor(page).getByLabel('Category', { exact: true }).selectOption({ label: 'Torture' });
    await editor(page).getByLabel('Summary (English)', { exact: true }).fill('SYNTHETIC account of a beating in cell A');
    await editor(page).getByRole('button', { name: 'Cite a source', exact: true }).click();
    await editor(page).getByLabel('Source', { exact: true }).selectOption({ label: 'SYNTHETIC interview 1' });
    await editor(page).getByLabel('Quote (the words the claim rests on)', { exact: true }).fill('SYNTHETIC quote');
    await expect.poll(() => page.locator('.workbench-problems h3').textContent()).toBe('0 problems');
    await saved(page);
    await page.waitForFunction(() => document.querySelector('.work-preview')?.getAttribute('data-pins') === '1', null, { timeout: 60_000 });
    await page.locator('.work-preview [data-viewer][data-scene-ready="true"]').waitFor({ timeout: 60_000 });
    await screenshot(page, 'workbench-violation');
  });

  it('reshapes a room by dragging its corner out of the building; validation says so; undo puts it back', async () => {
    const { page } = tab;
    await page.getByRole('button', { name: 'Select', exact: true }).click();
    await clickMap(page, -100, 40);
    await expect.poll(() => editor(page).getAttribute('aria-label')).toBe('Properties of room-1');
    const box = await page.getByTestId('workbench-map').boundingBox();
    if (!box) throw new Error('the workbench map has no box');
    const [x, y] = [box.x + box.width / 2 - 130, box.y + box.height / 2 - 70];
    await page.mouse.move(x, y, { steps: 3 });
    await page.mouse.down();
    await page.mouse.move(x - 60, y - 50, { steps: 10 });
    await page.mouse.up();
    await expect.poll(() => problems(page).textContent()).toMatch(/Room ‘SYNTHETIC cell A’ reaches \d+ m² outside building ‘SYNTHETIC block’/);
    await screenshot(page, 'workbench-reshaped');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => page.locator('.workbench-problems h3').textContent()).toBe('0 problems');
    await saved(page);
  });

  it('loses nothing when the browser is killed mid-session: every edit is there on reopening', async () => {
    killProfile(profile);
    await tab.context.close().catch(() => undefined);
    tab = await openProfile(profile);
    await open(tab);
    const { page } = tab;
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="workbench-map"]')?.dataset.drawn === '4', null, { timeout: 30_000 });
    expect(await page.getByRole('article', { name: 'Diagram SYNTHETIC-diagram.png' }).textContent()).toMatch(/similarity .*Fit error: [\d.]+ m RMS/);
    expect(await page.getByRole('list', { name: 'Sources of this work' }).textContent()).toContain('SYNTHETIC interview 1');
    expect(await page.locator('.workbench-problems h3').textContent()).toBe('0 problems');
    await expect.poll(() => page.locator('.work-preview').getAttribute('data-pins')).toBe('1');
    expect(await page.getByRole('button', { name: 'Undo', exact: true }).isEnabled()).toBe(true);
    await screenshot(page, 'workbench-reopened');
  });

  it('exports a bundle, encrypted with a passphrase, whose manifest holds a SHA-256 of every file', async () => {
    const { page } = tab;
    bundlePath = join(profile, 'bundle.zip.age');
    const name = await saveEncrypted(page, () => page.getByRole('button', { name: 'Export this facility', exact: true }).click(), bundlePath);
    expect(name).toMatch(new RegExp(`^facility-atlas-${ONSONG}-RESTRICTED-[\\d-]+\\.zip\\.age$`));
    expect(readFileSync(bundlePath).includes('SYNTHETIC')).toBe(false);
    const files = unzipSync(await decryptFile(bundlePath));
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as { public: boolean; files: { path: string; sha256: string }[] };
    // Not public: every file's name says RESTRICTED, so none can be published by copying it into data/geojson.
    expect(manifest.files.map((file) => file.path)).toEqual(expect.arrayContaining([`plans/${ONSONG}.RESTRICTED.geojson`, 'violations.RESTRICTED.geojson', 'sources.RESTRICTED.json']));
    for (const file of manifest.files) expect(createHash('sha256').update(files[file.path] ?? new Uint8Array()).digest('hex')).toBe(file.sha256);
    expect(manifest.public).toBe(false);
    // A public bundle is meant to be published: no passphrase is asked and it stays a plain .zip.
    await page.getByLabel('Public export', { exact: false }).check();
    const started = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export this facility', exact: true }).click();
    const publicFile = await started;
    expect(publicFile.suggestedFilename()).toMatch(/-public-[\d-]+\.zip$/);
    expect(await dialog(page).count()).toBe(0);
    const publicPath = join(profile, 'public.zip');
    await publicFile.saveAs(publicPath);
    expect((JSON.parse(new TextDecoder().decode(unzipSync(readFileSync(publicPath))['manifest.json'])) as { public: boolean }).public).toBe(true);
    await page.getByLabel('Public export', { exact: false }).uncheck();
    expect(tab.offsiteRequests).toEqual([]);
  }, ENCRYPTION_TEST_TIMEOUT);

  it('imports the bundle into a fresh profile and shows the same plan in the 3D preview', async () => {
    const fresh = await openPage(browser);
    await open(fresh);
    const { page } = fresh;
    await page.getByLabel('Import a bundle (.zip or .zip.age)').setInputFiles(bundlePath);
    expect(await enterPassphrase(page, 'SYNTHETIC wrong passphrase')).toMatch(/^Wrong passphrase: the file was not opened and nothing was imported/);
    expect(await page.getByRole('region', { name: 'What the import would change' }).count()).toBe(0);
    expect(await enterPassphrase(page)).toBe('opened');
    const preview = page.getByRole('region', { name: 'What the import would change' });
    await preview.waitFor();
    expect(await preview.textContent()).toMatch(/new records, 0 unchanged, 0 in conflict/);
    await preview.getByRole('button', { name: 'Merge into my work', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('.work-preview')?.getAttribute('data-rooms') === '2', null, { timeout: 60_000 });
    await page.locator('.work-preview [data-viewer][data-scene-ready="true"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('.work-preview').getAttribute('data-pins')).toBe('1');
    await screenshot(page, 'workbench-imported');
    expect(fresh.offsiteRequests).toEqual([]);
    await fresh.context.close();
  }, ENCRYPTION_TEST_TIMEOUT);

  it('places a second diagram by dragging its move handle on the map; undo puts it back', async () => {
    const { page } = tab;
    await page.getByLabel('Add a diagram (PNG or JPEG photo)').setInputFiles({ name: 'SYNTHETIC-diagram-2.png', mimeType: 'image/png', buffer: syntheticDiagram() });
    const placing = placingPanel(page);
    await placing.getByRole('heading', { name: 'Placing SYNTHETIC-diagram-2.png' }).waitFor();
    expect(await placing.getByLabel('Placement').inputValue()).toBe('corners');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="workbench-map"]')?.dataset.idle === 'true', null, { timeout: 60_000 });
    const corner = page.getByLabel('Move the diagram', { exact: true });
    await corner.waitFor();
    const centre = async () => {
      const box = await corner.boundingBox();
      if (!box) throw new Error('no corner handle');
      return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] as const;
    };
    const [x, y] = await centre();
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 40, y + 25, { steps: 8 });
    await page.mouse.up();
    await saved(page);
    await screenshot(page, 'workbench-diagram-corners');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(centre).toEqual([x, y]);
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(centre).toEqual([x + 40, y + 25]);
    await placing.getByRole('button', { name: 'Done', exact: true }).click();
    await page.getByRole('article', { name: 'Diagram SYNTHETIC-diagram-2.png' }).getByRole('button', { name: 'Remove this diagram' }).click();
    await expect.poll(() => corner.count()).toBe(0);
  });

  it("works on a second facility, exports everything, and a fresh profile gets both facilities' diagrams and sources", async () => {
    const { page } = tab;
    await open(tab, KYONGWON);
    // A diagram of another size than Onsong's, so each facility's image can be told apart after the import.
    await page.getByLabel('Add a diagram (PNG or JPEG photo)').setInputFiles({ name: 'SYNTHETIC-kyongwon.png', mimeType: 'image/png', buffer: syntheticDiagram(160, 100) });
    const diagram = placingPanel(page);
    await diagram.getByRole('heading', { name: 'Placing SYNTHETIC-kyongwon.png' }).waitFor();
    await diagram.getByLabel('Placement').selectOption({ label: 'By control points: similarity (keeps the shape)' });
    await diagram.getByRole('button', { name: 'Done', exact: true }).click();
    await page.locator('.add-source').getByLabel('Kind of source').selectOption({ label: 'Report' });
    await page.locator('.add-source').getByLabel('Title').fill('SYNTHETIC report on Kyongwon');
    await page.getByRole('button', { name: 'Add source', exact: true }).click();
    await saved(page);

    const everything = join(profile, 'everything.zip.age');
    await saveEncrypted(page, () => page.getByRole('button', { name: 'Export all works in progress', exact: true }).click(), everything);
    const everythingFiles = unzipSync(await decryptFile(everything));
    const manifest = JSON.parse(new TextDecoder().decode(everythingFiles['manifest.json'])) as { facilities: string[]; files: { path: string; sha256: string }[] };
    for (const file of manifest.files) expect(createHash('sha256').update(everythingFiles[file.path] ?? new Uint8Array()).digest('hex')).toBe(file.sha256);
    expect([...manifest.facilities].sort()).toEqual([KYONGWON, ONSONG].sort());
    const images = manifest.files.map((file) => file.path).filter((path) => /\.(png|jpg)$/.test(path));
    expect(images.map((path) => path.split('/')[1]).sort()).toEqual([KYONGWON, ONSONG].sort());

    const fresh = await openPage(browser);
    await open(fresh, ONSONG);
    await fresh.page.getByLabel('Import a bundle (.zip or .zip.age)').setInputFiles(everything);
    expect(await enterPassphrase(fresh.page)).toBe('opened');
    const preview = fresh.page.getByRole('region', { name: 'What the import would change' });
    await preview.waitFor();
    expect(await preview.getByRole('heading', { level: 4 }).allTextContents()).toEqual(manifest.facilities);
    await preview.getByRole('button', { name: 'Merge into my work', exact: true }).click();
    await fresh.page.getByText('Merged. Undo reverses the import for this facility.').waitFor();

    /** The width of the diagram's image as decoded from the imported bytes (0 until it loads). */
    const imageWidth = async (name: string) => {
      const placing = placingPanel(fresh.page);
      if ((await placing.getByRole('heading', { name: `Placing ${name}` }).count()) === 0) {
        if ((await placing.count()) > 0) await placing.getByRole('button', { name: 'Done', exact: true }).click();
        await fresh.page.getByRole('article', { name: `Diagram ${name}` }).getByRole('button', { name: 'Place on the map' }).click();
      }
      return placing.getByRole('img', { name: `Diagram ${name}:` }).evaluate((image: HTMLImageElement) => image.naturalWidth);
    };
    const sources = () => fresh.page.getByRole('list', { name: 'Sources of this work' }).textContent();
    await expect.poll(() => imageWidth('SYNTHETIC-diagram.png'), { timeout: 15_000 }).toBe(200);
    await placingPanel(fresh.page).getByRole('button', { name: 'Done', exact: true }).click();
    expect(await sources()).toContain('SYNTHETIC interview 1');
    await open(fresh, KYONGWON);
    await expect.poll(() => imageWidth('SYNTHETIC-kyongwon.png'), { timeout: 15_000 }).toBe(160);
    await placingPanel(fresh.page).getByRole('button', { name: 'Done', exact: true }).click();
    expect(await sources()).toContain('SYNTHETIC report on Kyongwon');
    await fresh.page.getByRole('article', { name: 'Diagram SYNTHETIC-kyongwon.png' }).scrollIntoViewIfNeeded();
    await screenshot(fresh.page, 'workbench-imported-everything');
    expect(fresh.offsiteRequests).toEqual([]);
    await fresh.context.close();
  }, ENCRYPTION_TEST_TIMEOUT);
});
