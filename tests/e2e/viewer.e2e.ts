import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/appServer';
import { launchBrowser, openPage, screenshot, type TestPage } from './support/browser';
import { distinctColours } from './support/pixels';
import type {} from '../../src/viewer3d/viewerHooks';

const ONSONG = 'nkpd-pe7q4z9cv8';
interface PlanFeature {
  properties: { id: string; kind: string; use?: string; name: { en: string }; confidence: string };
}
const plan = JSON.parse(readFileSync(`data/geojson/plans/${ONSONG}.geojson`, 'utf8')) as { features: PlanFeature[] };
const rooms = plan.features.filter((feature) => feature.properties.kind === 'room').map((feature) => feature.properties);
const cells = rooms.filter((room) => room.use === 'cell');

/** SYNTHETIC violations pinned in Onsong's cells, served in place of the bundled file to test pins. */
function syntheticPinnedViolations(): string {
  const features = cells.slice(0, 2).flatMap((cell, index) =>
    ['torture', 'starvation'].map((category) => ({
      type: 'Feature',
      geometry: null,
      properties: {
        id: `SYNTHETIC-violation-${index}-${category}`,
        facilityId: ONSONG,
        roomId: cell.id,
        category,
        date: { from: '2019' },
        summary: { en: `SYNTHETIC ${category} in ${cell.name.en}` },
        placement: 'illustrative',
        visibility: 'public',
        sources: [{ sourceId: 'nkpd-register', quote: 'SYNTHETIC test record' }],
      },
    })),
  );
  return JSON.stringify({ type: 'FeatureCollection', schemaVersion: 1, features });
}

async function waitForScene(tab: TestPage): Promise<void> {
  await tab.page.locator('[data-viewer][data-scene-ready="true"]').waitFor({ timeout: 60_000 });
}

describe('inside a facility: the 3D viewer', () => {
  let server: AppServer;
  let browser: Browser;
  let tab: TestPage;

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser();
    tab = await openPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('enters Onsong from the map card; the map page had not loaded three.js', async () => {
    const scripts: string[] = [];
    tab.page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await tab.page.goto(`${server.url}/?facility=${ONSONG}`);
    const enter = tab.page.getByRole('button', { name: 'Enter facility (3D)' });
    await enter.waitFor();
    const beforeViewer = scripts.length;
    await enter.click();
    await waitForScene(tab);
    expect(new URL(tab.page.url()).pathname).toBe(`/facility/${ONSONG}`);
    expect(scripts.slice(0, beforeViewer).some((url) => /FacilityViewer/.test(url))).toBe(false);
    expect(scripts.some((url) => /FacilityViewer/.test(url))).toBe(true);
    expect(await tab.page.getByRole('note').textContent()).toMatch(/not Korea Future's model/);
    const image = await tab.page.locator('[data-viewer]').screenshot();
    expect(distinctColours(image)).toBeGreaterThanOrEqual(5);
    await screenshot(tab.page, 'viewer-onsong-orbit');
  });

  it('lists every room beside the canvas, with its confidence', async () => {
    const list = tab.page.getByRole('list', { name: 'Rooms' });
    expect(await list.getByRole('button').count()).toBe(rooms.length);
    expect(await list.textContent()).toMatch(/Illustrative|Single source/);
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
    await screenshot(tab.page, 'viewer-room-selected');
  });

  it('lists the facility-level violations with their sources', async () => {
    const section = tab.page.getByRole('region', { name: /documented at this facility/ });
    const records = section.locator('.violation-record');
    expect(await records.count()).toBeGreaterThan(0);
    expect(await records.first().locator('blockquote').count()).toBeGreaterThan(0);
  });

  it('switches to walk and plan views', async () => {
    await tab.page.getByRole('button', { name: 'Walk', exact: true }).click();
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
    await tab.page.getByRole('button', { name: 'Plan', exact: true }).click();
    expect(new URL(tab.page.url()).searchParams.get('mode')).toBe('plan');
    await screenshot(tab.page, 'viewer-plan');
  });

  it('opens a deep link to a room exactly', async () => {
    const cell = cells[0];
    if (!cell) throw new Error('the Onsong plan has no cell');
    await tab.page.goto(`${server.url}/facility/${ONSONG}?room=${encodeURIComponent(cell.id)}&mode=plan`);
    await waitForScene(tab);
    await expect.poll(() => tab.page.locator('#room-heading').textContent()).toBe(cell.name.en);
    expect(await tab.page.getByRole('button', { name: 'Plan', exact: true }).getAttribute('aria-pressed')).toBe('true');
  });

  it('clicks a pin and shows the violation record; pins in one room stack', async () => {
    const pinned = await openPage(browser);
    await pinned.page.route('**/assets/violations*.geojson', (route) => route.fulfill({ body: syntheticPinnedViolations(), contentType: 'application/geo+json' }));
    await pinned.page.goto(`${server.url}/facility/${ONSONG}`);
    await waitForScene(pinned);
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
    const modelTab = await openPage(browser);
    await modelTab.page.route('**/assets/violations*.geojson', (route) => route.fulfill({ body: syntheticPinnedViolations(), contentType: 'application/geo+json' }));
    const models: string[] = [];
    modelTab.page.on('response', (response) => {
      if (/\.glb$/.test(new URL(response.url()).pathname)) models.push(`${response.status()} ${response.url()}`);
    });
    await modelTab.page.goto(`${server.url}/facility/${ONSONG}?model=file`);
    await modelTab.page.locator('[data-viewer][data-drawn="file"]').waitFor({ timeout: 60_000 });
    await waitForScene(modelTab);
    expect(models).toEqual([expect.stringMatching(new RegExp(`^200 .*${ONSONG}.*\\.glb$`))]);
    expect(await modelTab.page.getByRole('button', { name: 'glTF file' }).getAttribute('aria-pressed')).toBe('true');
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

  it('says so when the model file is corrupt, and draws the plan instead', async () => {
    const broken = await openPage(browser);
    await broken.page.route('**/*.glb', (route) => route.fulfill({ body: 'SYNTHETIC: not a glTF file', contentType: 'model/gltf-binary' }));
    await broken.page.goto(`${server.url}/facility/${ONSONG}?model=file`);
    await waitForScene(broken);
    const alert = broken.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/could not be read as glTF.*drawn from its plan/);
    expect(await broken.page.locator('[data-viewer]').getAttribute('data-drawn')).toBe('plan');
    expect(distinctColours(await broken.page.locator('[data-viewer]').screenshot())).toBeGreaterThanOrEqual(5);
    await screenshot(broken.page, 'viewer-model-corrupt');
    await broken.context.close();
  });

  it('reads in Korean: rooms, notice and violations', async () => {
    const korean = await openPage(browser);
    await korean.page.goto(`${server.url}/facility/${ONSONG}`);
    await waitForScene(korean);
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
    const tab2 = await openPage(browser);
    await tab2.page.route(`**/assets/${ONSONG}*.geojson`, (route) => route.fulfill({ body: JSON.stringify(broken), contentType: 'application/geo+json' }));
    await tab2.page.goto(`${server.url}/facility/${ONSONG}`);
    await waitForScene(tab2);
    const problems = tab2.page.getByRole('complementary', { name: 'Rooms and documented violations' }).getByRole('list', { name: 'Problems found while loading' });
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

  it('sent nothing off this machine and raised no page error', () => {
    expect(tab.offsiteRequests).toEqual([]);
    expect(tab.pageErrors.filter((error) => !/THREE\.Clock/.test(error))).toEqual([]);
  });
});
