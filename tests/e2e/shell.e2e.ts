/**
 * One live view at a time, by keyboard: the Tab presses a cold load of a facility takes to the way back and to a
 * room's violations, focus moved to each new view's heading, Escape, the skip link, one banner; the pages for an
 * unknown facility and for a facility without a plan.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppSession } from './support/appSession';
import { bundledFacilities, facilityList } from './support/atlasPage';
import { openPage, screenshot, type TestPage } from './support/browser';
import { focused, tabUntil } from './support/keyboard';
import { cells, ONSONG, serveViolations, syntheticViolations, waitForScene } from './support/viewerSteps';

const YODOK = bundledFacilities.find((feature) => feature.properties.name.en === 'Yodok Political Prison Camp No.15')?.properties;
const cell = cells[2];

describe('the shell by keyboard', () => {
  const app = useAppSession();
  let tab: TestPage;

  beforeAll(async () => {
    tab = await openPage(app.browser);
    // Two SYNTHETIC violations in a cell, so the cell has violations to reach.
    await serveViolations(tab.page, syntheticViolations(['torture', 'starvation'].map((category) => ({ id: `SYNTHETIC-${category}`, category, roomId: cell?.id }))));
  });

  it('reaches "Back to the map" within 5 Tab presses of a cold load of a facility, and a room’s violations within 15', async () => {
    if (!cell) throw new Error('the Onsong plan has too few cells');
    await tab.page.goto(`${app.server.url}/facility/${ONSONG}`);
    await waitForScene(tab.page);
    const back = await tabUntil(tab.page, async () => (await focused(tab.page)).name.endsWith('Back to the map'));
    console.log(`Tab presses to "Back to the map": ${back.presses} (${back.path.map((item) => item.name.slice(0, 24)).join(' → ')})`);
    expect(back.presses).toBeLessThanOrEqual(5);

    const rooms = await tabUntil(tab.page, () => tab.page.evaluate(() => document.activeElement?.closest('ul.room-list') !== null));
    // The room list is one Tab stop: arrow keys walk it.
    const roomButtons = tab.page.getByRole('list', { name: 'Rooms' }).getByRole('button');
    const index = await roomButtons.evaluateAll((buttons, name) => buttons.findIndex((button) => button.querySelector('.room-name')?.textContent === name), cell.name.en);
    for (let step = 0; step < index; step++) await tab.page.keyboard.press('ArrowDown');
    expect((await focused(tab.page)).name).toContain(cell.name.en);
    await tab.page.keyboard.press('Enter');
    // Selecting the room takes the reader to its record.
    await expect.poll(() => tab.page.evaluate(() => document.activeElement?.id)).toBe('room-heading');
    // Its records are listed in the frame after its name and counts.
    await expect.poll(() => tab.page.locator('.room-violations-list .violation-record').count()).toBe(2);
    const violations = await tabUntil(tab.page, () => tab.page.evaluate(() => document.activeElement?.closest('.room-violations-list') !== null));
    const total = back.presses + rooms.presses + violations.presses;
    console.log(`Tab presses to a room's violations: ${total} (${[...back.path, ...rooms.path, ...violations.path].map((item) => item.name.slice(0, 16)).join(' → ')})`);
    expect(total).toBeLessThanOrEqual(15);
    expect(await tab.page.locator('.room-violations-list .violation-record').count()).toBe(2);
    expect([...back.path, ...rooms.path, ...violations.path].filter((item) => item.inert || !item.visible)).toEqual([]);
    await screenshot(tab.page, 'keyboard-room-violations');
  });

  it('keeps the covered map inert: nothing under the viewer takes focus, and there is one banner', async () => {
    expect(await tab.page.locator('.map-page').getAttribute('inert')).toBe('');
    expect(await tab.page.getByRole('banner').count()).toBe(1);
    expect(await tab.page.getByRole('main').count()).toBe(1);
    const path: { inert: boolean }[] = [];
    for (let press = 0; press < 40; press++) {
      await tab.page.keyboard.press('Tab');
      path.push(await focused(tab.page));
    }
    expect(path.filter((item) => item.inert)).toEqual([]);
  });

  it('leaves the viewer with Escape, landing on the facility’s card heading; entering again lands on the viewer’s heading', async () => {
    await tab.page.locator('[data-viewer]').focus();
    await tab.page.keyboard.press('Escape');
    await tab.page.locator('.map-page:not([inert])').waitFor();
    expect(new URL(tab.page.url()).pathname).toBe('/');
    await expect.poll(() => focused(tab.page)).toMatchObject({ tag: 'h2', name: 'Onsong County MPS Detention Centre' });
    expect(await tab.page.evaluate(() => document.activeElement?.hasAttribute('data-card-heading'))).toBe(true);

    await tab.page.getByRole('button', { name: 'Enter facility (3D)' }).click();
    await expect.poll(() => tab.page.evaluate(() => document.activeElement?.id)).toBe('viewer-heading');
    await waitForScene(tab.page);
    await tab.page.getByRole('button', { name: 'Back to the map' }).click();
    await expect.poll(() => tab.page.evaluate(() => document.activeElement?.hasAttribute('data-card-heading'))).toBe(true);
  });

  it('closes the card with Escape and returns focus to the facility in the list', async () => {
    await tab.page.keyboard.press('Escape');
    await expect.poll(() => tab.page.getByRole('article').count()).toBe(0);
    await expect.poll(() => tab.page.evaluate((id) => document.activeElement?.closest('li')?.dataset.facilityId === id, ONSONG)).toBe(true);
  });

  it('offers a skip link first, which takes the reader to the view’s heading', async () => {
    await tab.page.goto(app.server.url);
    await facilityList(tab.page).waitFor();
    await tab.page.keyboard.press('Tab');
    expect(await focused(tab.page)).toMatchObject({ tag: 'a', name: 'Skip to the content', visible: true });
    await screenshot(tab.page, 'keyboard-skip-link');
    await tab.page.keyboard.press('Enter');
    expect(await focused(tab.page)).toMatchObject({ tag: 'h2', name: 'Facilities' });
    await tab.page.keyboard.press('Tab');
    expect(await tab.page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
  });

  it('shows an unknown facility id as a page of its own, with the ways back, and no viewer', async () => {
    await tab.page.goto(`${app.server.url}/facility/SYNTHETIC-does-not-exist`);
    await tab.page.getByRole('heading', { name: 'No such facility' }).waitFor();
    expect(await tab.page.getByRole('main').textContent()).toContain('“SYNTHETIC-does-not-exist”');
    expect(await tab.page.locator('[data-viewer], .reconstruction-notice').count()).toBe(0);
    expect(await tab.page.getByRole('radio').count()).toBe(0);
    await screenshot(tab.page, 'page-unknown-facility');
    await tab.page.getByRole('button', { name: 'Search the map for “SYNTHETIC-does-not-exist”' }).click();
    await expect.poll(() => new URL(tab.page.url()).searchParams.get('q')).toBe('SYNTHETIC-does-not-exist');
    await expect.poll(() => tab.page.locator('.list-count').textContent()).toBe('0 facilities');
  });

  it('shows a facility without a plan with its card and what a reconstruction would need, without loading three.js', async () => {
    if (!YODOK) throw new Error('Yodok is not in the bundled data');
    const fresh = await openPage(app.browser);
    const scripts: string[] = [];
    fresh.page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    await fresh.page.goto(`${app.server.url}/facility/${YODOK.id}`);
    const card = fresh.page.getByRole('article');
    await expect.poll(() => card.getByRole('heading', { level: 2 }).textContent()).toBe('Yodok Political Prison Camp No.15');
    const needs = fresh.page.getByRole('region', { name: 'What a reconstruction of its inside would need' });
    expect(await needs.getByRole('listitem').count()).toBe(4);
    expect(await fresh.page.locator('[data-viewer], .reconstruction-notice').count()).toBe(0);
    expect(scripts.some((url) => /FacilityViewer/.test(url))).toBe(false);
    await screenshot(fresh.page, 'page-facility-without-plan');
    await fresh.page.getByRole('button', { name: 'Back to the map' }).click();
    await expect.poll(() => new URL(fresh.page.url()).searchParams.get('facility')).toBe(YODOK.id);
    await fresh.context.close();
  });

  it('sent nothing off this machine and raised no page error', () => {
    expect(tab.offsiteRequests).toEqual([]);
    expect(tab.pageErrors.filter((error) => !/THREE\.Clock/.test(error))).toEqual([]);
  });
});

describe('the language', () => {
  const app = useAppSession();

  it('follows ?lang= and keeps it in the links the app makes', async () => {
    const tab = await openPage(app.browser);
    await tab.page.goto(`${app.server.url}/?lang=ko&facility=${ONSONG}`);
    await tab.page.getByRole('list', { name: '시설 목록' }).waitFor();
    expect(await tab.page.getAttribute('html', 'lang')).toBe('ko');
    await tab.page.getByRole('button', { name: '시설 내부 보기 (3D)' }).click();
    await expect.poll(() => new URL(tab.page.url()).pathname).toBe(`/facility/${ONSONG}`);
    expect(new URL(tab.page.url()).searchParams.get('lang')).toBe('ko');
    expect(await tab.page.getByRole('link', { name: '면담 모드' }).getAttribute('href')).toBe('/interview?lang=ko');
    await tab.page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => new URL(tab.page.url()).searchParams.get('lang')).toBe('en');
    await tab.context.close();
  });

  it('opens in the browser’s language when the link names none', async () => {
    const context = await app.browser.newContext({ locale: 'ko-KR', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.getByRole('list', { name: '시설 목록' }).waitFor();
    expect(await page.evaluate(() => navigator.languages[0])).toBe('ko-KR');
    // A link made from here names the language, so it reads the same for whoever opens it.
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('ko');
    await context.close();
  });

  it('has a favicon of its own', async () => {
    const tab = await openPage(app.browser);
    await tab.page.goto(app.server.url);
    const href = await tab.page.locator('link[rel="icon"]').getAttribute('href');
    const response = await tab.page.request.get(`${app.server.url}${href}`);
    expect([response.status(), response.headers()['content-type']]).toEqual([200, 'image/svg+xml']);
    expect(await response.text()).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    await tab.context.close();
  });
});
