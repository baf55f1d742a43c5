/**
 * The static first view (scripts/build/firstView/, src/map/firstView/): painted from index.html before the app's
 * code arrives, in the reader's language, only for the default view, then replaced by the live map drawing the
 * same thing (compared pixel by pixel over the map).
 */
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { useAppSession } from './support/appSession';
import { openPage, screenshot, type TestPage } from './support/browser';

const FIRST_VIEW = 'atlas:first-view';
const DONE = 'atlas:first-view-done';
/** The map's column at 1280×900 (the sidebar is 26rem), less the corners the live map adds controls to. */
const COMPARED = { left: 470, top: 110, right: 1220, bottom: 870 };

const mark = (page: Page, name: string) =>
  page.evaluate((wanted) => {
    const found = performance.getEntriesByName(wanted)[0] as PerformanceMark | undefined;
    return found ? { startTime: found.startTime, detail: found.detail as unknown } : null;
  }, name);

/** The page with the app's own code held back: only index.html and the first-view script run. */
async function staticOnly(tab: TestPage, url: string): Promise<void> {
  await tab.page.route(/\/assets\/main-[\w-]+\.js$/, (route) => route.abort());
  await tab.page.goto(url);
  await tab.page.waitForFunction((names) => names.some((name) => performance.getEntriesByName(name).length > 0), [FIRST_VIEW, DONE]);
}

/** Share of pixels in `box` whose colour differs by more than `tolerance` in any channel (`b` read `shift` px to the right). */
function differingShare(a: Buffer, b: Buffer, box: typeof COMPARED, shift = 0, tolerance = 48): number {
  const [first, second] = [PNG.sync.read(a), PNG.sync.read(b)];
  let differing = 0;
  for (let y = box.top; y < box.bottom; y++) {
    for (let x = box.left; x < box.right; x++) {
      const [at, other] = [(y * first.width + x) * 4, (y * first.width + x + shift) * 4];
      if ([0, 1, 2].some((channel) => Math.abs((first.data[at + channel] ?? 0) - (second.data[other + channel] ?? 0)) > tolerance)) differing += 1;
    }
  }
  return differing / ((box.right - box.left) * (box.bottom - box.top));
}

describe('static first view', () => {
  const app = useAppSession();
  let staticShot: Buffer;

  it('paints the default view with its facilities before the app has run', async () => {
    const tab = await openPage(app.browser);
    await staticOnly(tab, app.server.url);
    expect(await mark(tab.page, FIRST_VIEW)).not.toBeNull();
    // The first sidebar lines and the header are there, the live map is not.
    await tab.page.getByRole('heading', { name: 'Facility Atlas' }).waitFor();
    expect(await tab.page.locator('.maplibregl-canvas').count()).toBe(0);
    const clusters = await tab.page.locator('#first-view svg circle').count();
    expect(clusters).toBeGreaterThan(10);
    expect(await tab.page.locator('#first-view svg tspan').allTextContents()).toEqual(expect.arrayContaining(['North Pyongan', '(3)']));
    // The other language's skeleton takes no part in layout (laid out, it fetched the Korean fonts before the first paint).
    expect(await tab.page.locator('[data-first-view-lang="ko"]').evaluate((skeleton) => skeleton.getClientRects().length)).toBe(0);
    staticShot = await tab.page.screenshot();
    await screenshot(tab.page, 'first-view-static');
    await tab.context.close();
  });

  it('gives way to the live map once it has drawn everything, with the same picture', async () => {
    const tab = await openPage(app.browser);
    // When the app's first render replaces the skeleton in #root.
    await tab.page.addInitScript(() => {
      new MutationObserver((_changes, observer) => {
        const root = document.getElementById('root');
        if (!root || root.querySelector('[data-first-view-skeleton]')) return;
        performance.mark('test:app-rendered');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await tab.page.goto(app.server.url);
    await tab.page.waitForFunction((done) => performance.getEntriesByName(done).length > 0, DONE, { timeout: 90_000 });
    const [shown, done] = [await mark(tab.page, FIRST_VIEW), await mark(tab.page, DONE)];
    expect(done?.detail).toBe('handed over');
    expect(shown?.startTime).toBeLessThan(done?.startTime ?? 0);
    // The app's first render waited for the static view's frame (firstViewSettled), not the other way round.
    expect((await mark(tab.page, 'test:app-rendered'))?.startTime).toBeGreaterThan(shown?.startTime ?? Infinity);
    expect(await tab.page.locator('#first-view').count()).toBe(0);
    await tab.page.locator('.maplibregl-canvas').waitFor();
    const live = await tab.page.screenshot();
    await screenshot(tab.page, 'first-view-live');
    // Antialiasing and glyph rendering differ at edges (measured 1.3%); the same view 2 px off differs far more.
    const differing = differingShare(staticShot, live, COMPARED);
    expect(differing).toBeLessThan(0.02);
    expect(differingShare(staticShot, live, COMPARED, 2)).toBeGreaterThan(differing * 3);
    expect(tab.pageErrors).toEqual([]);
    expect(tab.offsiteRequests).toEqual([]);
    await tab.context.close();
  });

  it('lets the app start when its script fails to load', async () => {
    const tab = await openPage(app.browser);
    await tab.page.route(/\/assets\/firstView-[\w-]+\.js$/, (route) => route.abort());
    await tab.page.goto(app.server.url);
    await tab.page.locator('.list-count').waitFor({ timeout: 90_000 });
    expect(await mark(tab.page, FIRST_VIEW)).toBeNull();
    expect(await tab.page.locator('[data-first-view-skeleton]').count()).toBe(0);
    await tab.context.close();
  });

  it('follows the language the link asks for', async () => {
    const tab = await openPage(app.browser);
    await staticOnly(tab, `${app.server.url}/?lang=ko`);
    expect(await tab.page.getAttribute('html', 'lang')).toBe('ko');
    await tab.page.getByRole('heading', { name: '시설 목록' }).waitFor();
    const labels = await tab.page.locator('#first-view svg tspan').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['평안북도']));
    expect(labels).not.toContain('North Pyongan');
    await screenshot(tab.page, 'first-view-static-ko');
    await tab.context.close();
  });

  it.each([
    ['a facility', '/?facility=nkpd-pe7q4z9cv8'],
    ['a filter', '/?type=detention_centre'],
    ['a camera', '/?map=9/41.5/129.5'],
    ['another page', '/about'],
  ])('is not shown for a link to %s', async (_name, path) => {
    const tab = await openPage(app.browser);
    await staticOnly(tab, `${app.server.url}${path}`);
    expect((await mark(tab.page, DONE))?.detail).toBe('skipped');
    expect(await mark(tab.page, FIRST_VIEW)).toBeNull();
    expect(await tab.page.locator('#first-view, [data-first-view-skeleton]').count()).toBe(0);
    await tab.context.close();
  });
});
