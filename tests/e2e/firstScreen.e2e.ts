import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppSession } from './support/appSession';
import { openPage, screenshot, type TestPage } from './support/browser';

interface FacilityFeature {
  properties: { id: string; name: { en: string; ko?: string } };
}
/** The list shows this many facilities, then a button for the next as many. */
const LIST_PAGE = 300;
const bundled = JSON.parse(readFileSync('data/geojson/facilities.geojson', 'utf8')) as { features: FacilityFeature[] };

describe('first screen: the register in a real browser', () => {
  const app = useAppSession();
  let tab: TestPage;

  beforeAll(async () => {
    tab = await openPage(app.browser);
    await tab.page.goto(app.server.url);
    await tab.page.getByRole('list', { name: 'Facilities' }).waitFor();
  });

  it('lists every facility of the bundled data, one item each, 300 at a time', async () => {
    const items = tab.page.getByRole('list', { name: 'Facilities' }).getByRole('listitem');
    const total = bundled.features.length;
    // The first page is put on screen a few items at a time (no long task): counted once it is whole.
    await expect.poll(() => items.count()).toBe(Math.min(total, LIST_PAGE));
    await expect.poll(() => tab.page.getByRole('status').first().textContent()).toBe(`${total} facilities`);
    await screenshot(tab.page, 'first-screen-en');
    if (total > LIST_PAGE) {
      await tab.page.getByRole('button', { name: `Show more (${LIST_PAGE} of ${total} listed)` }).click();
      await expect.poll(() => items.count()).toBe(total);
    }
  });

  it('shows the register size and capture date', async () => {
    await expect.poll(() => tab.page.getByText(/register holds 245 entities, captured 2026-10-01/).count()).toBe(1);
  });

  it('filters the list by name', async () => {
    await tab.page.getByLabel('Search facilities').fill('onsong');
    const expected = bundled.features.filter((f) => f.properties.name.en.toLowerCase().includes('onsong')).length;
    expect(expected).toBeGreaterThan(1);
    await expect.poll(() => tab.page.getByRole('status').first().textContent()).toBe(`${expected} facilities`);
    const names = await tab.page.getByRole('list', { name: 'Facilities' }).locator('.facility-name').allTextContents();
    expect(names.every((name) => name.toLowerCase().includes('onsong'))).toBe(true);
    await screenshot(tab.page, 'first-screen-filtered');
    await tab.page.getByLabel('Search facilities').fill('');
  });

  it('switches to Korean and keeps the choice across a reload', async () => {
    await tab.page.getByRole('button', { name: '한국어' }).click();
    await tab.page.getByRole('heading', { name: '시설 목록' }).waitFor();
    expect(await tab.page.getAttribute('html', 'lang')).toBe('ko');
    await tab.page.reload();
    await tab.page.getByRole('list', { name: '시설 목록' }).waitFor();
    await expect.poll(() => tab.page.getByRole('status').first().textContent()).toBe(`시설 ${bundled.features.length}곳`);
    await screenshot(tab.page, 'first-screen-ko');
    await tab.page.getByRole('button', { name: 'English' }).click();
  });

  it('raised no page error and sent no request off this machine', () => {
    expect(tab.pageErrors).toEqual([]);
    expect(tab.offsiteRequests).toEqual([]);
  });
});
