/**
 * On a phone (390 × 844, touch), in English and Korean: the map with its list in a bottom sheet, a facility's card,
 * the 3D viewer with the model on at least half the screen, a room chosen from the sheet and its record read, the
 * guided tour stepped through by taps, and walking by taps and drags. Screenshots at every step.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppSession } from './support/appSession';
import { waitForMapIdle } from './support/atlasPage';
import { screenshot } from './support/browser';
import { boxOf, PHONE, phoneContext, touchDrag } from './support/touch';
import { cells, distance, letFramesPass, readCamera, serveViolations, syntheticViolations, waitForScene } from './support/viewerSteps';

const TEXT = {
  en: { search: 'Search facilities', enter: 'Enter facility (3D)', rooms: 'Rooms', tour: 'Guided tour', next: 'Next', walk: 'Walk', forward: 'Forward', progress: /^Stop (\d+) of (\d+)$/ },
  ko: { search: '시설 검색', enter: '시설 내부 보기 (3D)', rooms: '방 목록', tour: '안내 둘러보기', next: '다음', walk: '걷기', forward: '앞으로', progress: /^(\d+)곳 중 (\d+)번째$/ },
} as const;
const cell = cells[1];

/** The visible part of the model: from the stage's top to the sheet's top. */
async function modelHeight(page: Page): Promise<number> {
  const stage = await boxOf(page, '.viewer-stage');
  const sheet = await boxOf(page, '.viewer-side');
  return Math.min(stage.y + stage.height, sheet.y) - stage.y;
}

/** Waits until the camera has finished flying. */
const settled = (page: Page) => page.locator('[data-viewer][data-camera-moving="false"]').waitFor();

describe.each(['en', 'ko'] as const)('on a phone, by touch (%s)', (language) => {
  const app = useAppSession();
  let page: Page;
  const text = TEXT[language];

  beforeAll(async () => {
    const context = await phoneContext(app.browser, language === 'ko' ? 'ko-KR' : 'en-GB');
    page = await context.newPage();
    await serveViolations(page, syntheticViolations([{ id: 'SYNTHETIC-phone', category: 'torture', roomId: cell?.id }]));
  });

  it('shows the map with the search and its results in a sheet a thumb pulls up', async () => {
    await page.goto(app.server.url);
    await page.getByLabel(text.search).waitFor();
    const sheet = await boxOf(page, '.sidebar');
    // At rest the sheet leaves most of the screen to the map.
    expect(sheet.y).toBeGreaterThan(PHONE.height * 0.6);
    // The map above the sheet has drawn its facilities before the screen is photographed (idle can come first,
    // with only the basemap drawn).
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.renderedFacilities) > 0);
    await waitForMapIdle(page);
    await screenshot(page, `phone-${language}-1-map`);
    const handle = await boxOf(page, '.sidebar .sheet-handle');
    await touchDrag(page, { x: handle.x + handle.width / 2, y: handle.y + 10 }, { x: handle.x + handle.width / 2, y: 120 });
    await expect.poll(() => page.locator('.sidebar').getAttribute('data-snap')).toBe('full');
    await page.getByLabel(text.search).fill('Onsong County MPS Detention');
    await page.getByRole('list').filter({ has: page.locator('.facility-item') }).getByRole('button').first().waitFor();
    await screenshot(page, `phone-${language}-2-search`);
    await page.locator('.facility-item').first().tap();
    const card = page.getByRole('article');
    await card.waitFor();
    // The card opens in the sheet, above the search.
    expect(await page.locator('.sidebar .facility-card').count()).toBe(1);
    await screenshot(page, `phone-${language}-3-card`);
  });

  it('opens the 3D viewer with the model on at least half the screen, the rest in a sheet', async () => {
    await page.getByRole('button', { name: text.enter }).tap();
    await waitForScene(page);
    await settled(page);
    expect(await modelHeight(page)).toBeGreaterThanOrEqual(PHONE.height / 2);
    // The sheet's content scrolls in a box of a useful height, never a few pixels.
    expect((await boxOf(page, '.viewer-side .sheet-body')).height).toBeGreaterThan(150);
    await screenshot(page, `phone-${language}-4-viewer`);
  });

  it('selects a room from the sheet, frames it, and shows its record with its violations', async () => {
    if (!cell) throw new Error('the Onsong plan has too few cells');
    await page.locator('.viewer-side .sheet-handle').tap();
    await expect.poll(() => page.locator('.viewer-side').getAttribute('data-snap')).toBe('half');
    const room = page.getByRole('list', { name: text.rooms }).getByRole('button', { name: new RegExp((language === 'ko' && cell.name.ko) || cell.name.en) });
    await room.scrollIntoViewIfNeeded();
    await room.tap();
    await settled(page);
    const heading = await boxOf(page, '#room-heading');
    const sheet = await boxOf(page, '.viewer-side');
    expect(heading.y).toBeGreaterThanOrEqual(sheet.y);
    expect(heading.y + heading.height).toBeLessThanOrEqual(PHONE.height);
    expect(await page.locator('.room-violations-list .violation-record').count()).toBe(1);
    const centre = await page.evaluate((id) => window.atlasViewer?.roomScreenPosition(id), cell.id);
    expect(centre?.inView).toBe(true);
    expect(centre?.y).toBeLessThan(sheet.y);
    await screenshot(page, `phone-${language}-5-room`);
  });

  it('steps through the guided tour by taps, a caption at each stop, the model above it', async () => {
    await page.getByRole('button', { name: text.tour }).tap();
    const panel = page.locator('.tour-panel');
    await panel.waitFor();
    await expect.poll(() => page.locator('.viewer-side').getAttribute('data-snap')).toBe('peek');
    const next = panel.getByRole('button', { name: text.next });
    const captions: string[] = [];
    for (let stop = 1; stop <= 4; stop++) {
      await settled(page);
      const nextBox = await next.boundingBox();
      expect(nextBox && nextBox.y + nextBox.height <= PHONE.height).toBe(true);
      expect(await modelHeight(page)).toBeGreaterThanOrEqual(PHONE.height / 2);
      captions.push((await panel.locator('#tour-heading').textContent()) ?? '');
      const [, first, second] = text.progress.exec((await panel.locator('.tour-progress').textContent()) ?? '') ?? [];
      expect(Number(language === 'ko' ? second : first)).toBe(stop);
      await screenshot(page, `phone-${language}-6-tour-${stop}`);
      await next.tap();
    }
    expect(new Set(captions).size).toBe(4);
  });

  it('walks one step a tap and looks around with a drag', async () => {
    await page.locator('.tour-end').tap();
    await page.getByRole('radio', { name: text.walk }).tap();
    await page.getByRole('group', { name: language === 'ko' ? '걷기' : 'Walk' }).waitFor();
    // The scene takes up walking in its own render, after the buttons appear: read the camera once it stands still.
    await letFramesPass(page);
    const start = await readCamera(page);
    await page.getByRole('button', { name: text.forward, exact: true }).tap();
    await expect.poll(async () => distance((await readCamera(page)).position, start.position)).toBeCloseTo(0.5, 3);
    const stage = await boxOf(page, '.viewer-stage');
    const before = (await readCamera(page)).direction;
    await touchDrag(page, { x: stage.x + stage.width * 0.7, y: stage.y + 200 }, { x: stage.x + stage.width * 0.3, y: stage.y + 200 });
    await expect.poll(async () => distance((await readCamera(page)).direction, before)).toBeGreaterThan(0.5);
    await screenshot(page, `phone-${language}-7-walk`);
  });
});
