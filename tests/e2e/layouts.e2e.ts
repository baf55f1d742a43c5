/**
 * The tablet (1024 × 768) and desktop (1440 × 900) layouts in English and Korean: the map with the search on top, a
 * card, the 3D viewer with a room selected and the guided tour. Nothing spills sideways, the model keeps most of
 * the screen, and the panels scroll in boxes of a useful height. Screenshots of each.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppSession } from './support/appSession';
import { screenshot } from './support/browser';
import { boxOf } from './support/touch';
import { cells, ONSONG, serveViolations, syntheticViolations, waitForScene } from './support/viewerSteps';

const TEXT = {
  en: { rooms: 'Rooms', tour: 'Guided tour', list: 'Facilities' },
  ko: { rooms: '방 목록', tour: '안내 둘러보기', list: '시설 목록' },
} as const;

/** Nothing on the page is wider than the window. */
const spillsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe.each([
  ['tablet', { width: 1024, height: 768 }, 'en'],
  ['tablet', { width: 1024, height: 768 }, 'ko'],
  ['desktop', { width: 1440, height: 900 }, 'en'],
  ['desktop', { width: 1440, height: 900 }, 'ko'],
] as const)('the %s layout (%o, %s)', (name, viewport, language) => {
  const app = useAppSession();
  let page: Page;
  const text = TEXT[language];
  const shot = (step: string) => screenshot(page, `layout-${name}-${language}-${step}`);

  beforeAll(async () => {
    page = await (await app.browser.newContext({ viewport, locale: language === 'ko' ? 'ko-KR' : 'en-GB' })).newPage();
    await serveViolations(page, syntheticViolations([{ id: 'SYNTHETIC-layout', category: 'torture', roomId: cells[3]?.id }]));
  });

  it('shows the search and its results beside the map, and a card over it', async () => {
    await page.goto(app.server.url);
    await page.getByRole('list', { name: text.list }).waitFor();
    expect(await spillsSideways(page)).toBeLessThanOrEqual(0);
    const results = await boxOf(page, '.sidebar .sheet-body');
    expect(results.height).toBeGreaterThan(viewport.height * 0.8);
    await shot('1-map');
    await page.locator('.facility-item').first().click();
    await page.getByRole('article').waitFor();
    await shot('2-card');
  });

  it('opens the viewer with a room selected and the tour, the model on most of the screen', async () => {
    await page.goto(`${app.server.url}/facility/${ONSONG}`);
    await waitForScene(page);
    const stage = await boxOf(page, '.viewer-stage');
    expect(stage.width * stage.height).toBeGreaterThan(viewport.width * viewport.height * 0.45);
    await page.getByRole('list', { name: text.rooms }).getByRole('button').nth(3).click();
    await page.locator('[data-viewer][data-camera-moving="false"]').waitFor();
    expect(await spillsSideways(page)).toBeLessThanOrEqual(0);
    await shot('3-room');
    await page.getByRole('button', { name: text.tour }).click();
    await page.locator('.tour-panel').waitFor();
    await page.locator('[data-viewer][data-camera-moving="false"]').waitFor();
    await shot('4-tour');
  });
});
