/**
 * One malformed record no longer blanks a page for good (issue #18.3): a source whose title is an object, placed
 * in IndexedDB as an unchecked import once could, makes the workbench show its recovery panel, which exports the
 * raw work (the broken record included) and removes the broken record; the workbench then opens with the rest.
 * A malformed interview session likewise stops interview mode only until it is set aside.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppSession } from './support/appSession';
import { openPage, screenshot, type TestPage } from './support/browser';

const ONSONG = 'nkpd-pe7q4z9cv8';
const recovery = (page: Page) => page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'This page stopped: your work is still in this browser' }) });

/**
 * Runs in the page: appends `record` to a collection of a stored work, as a damaged import or another tool could.
 * The change is data, not code: the page's security policy (script-src 'self') refuses `new Function`.
 */
function corrupt(page: Page, key: string, collection: string, record: unknown) {
  return page.evaluate(
    ({ key, collection, record }) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open('facility-atlas');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const transaction = opening.result.transaction('works', 'readwrite');
          const rows = transaction.objectStore('works');
          const reading = rows.get(key);
          reading.onsuccess = () => {
            const row = reading.result as { work: Record<string, unknown[]> };
            row.work[collection]?.push(record);
            rows.put(row);
          };
          transaction.oncomplete = () => (opening.result.close(), resolve());
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    { key, collection, record },
  );
}

describe('a page stopped by a broken record', () => {
  const app = useAppSession();
  let tab: TestPage;

  beforeAll(async () => {
    tab = await openPage(app.browser);
  });

  it('shows the recovery panel, exports the raw work, and recovers the workbench by removing the broken record', async () => {
    const { page } = tab;
    await page.goto(`${app.server.url}/workbench/${ONSONG}`);
    const panels = page.getByRole('complementary', { name: 'Workbench panels' });
    await panels.waitFor({ timeout: 60_000 });
    const title = page.locator('.add-source').getByLabel('Title');
    await title.fill('SYNTHETIC kept source');
    await title.press('Enter');
    await page.locator('[data-save="saved"]').waitFor();
    await page.goto(`${app.server.url}/`);
    await corrupt(page, ONSONG, 'sources', { id: 'SYNTHETIC-broken', kind: 'report', title: { en: 'an object' }, visibility: 'public' });

    await page.goto(`${app.server.url}/workbench/${ONSONG}`);
    const panel = recovery(page);
    await panel.waitFor({ timeout: 60_000 });
    expect(await panel.textContent()).toContain('sources "SYNTHETIC-broken": title is {"en":"an object"}, expected text');
    expect(await panels.count()).toBe(0);
    await screenshot(page, 'recovery-workbench');

    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export my raw work' }).click();
    const file = join(tmpdir(), `atlas-raw-${Date.now()}.json`);
    await (await download).saveAs(file);
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { stores: Record<string, { key: unknown; value: unknown }[]> };
    expect(JSON.stringify(raw.stores.works)).toContain('SYNTHETIC-broken');
    expect(JSON.stringify(raw.stores)).toContain('SYNTHETIC kept source');

    await panel.getByRole('button', { name: 'Remove the broken record' }).click();
    await panels.waitFor({ timeout: 60_000 });
    const sources = await page.getByRole('list', { name: 'Sources of this work' }).textContent();
    expect(sources).toContain('SYNTHETIC kept source');
    expect(sources).not.toContain('SYNTHETIC-broken');
    await page.reload();
    await panels.waitFor({ timeout: 60_000 });
    expect(await recovery(page).count()).toBe(0);
    expect(tab.pageErrors.filter((error) => !error.includes('BrokenWorkError') && !error.includes('The above error'))).toEqual([]);
  });

  it('sets a malformed interview session aside so interview mode opens again', async () => {
    const { page } = tab;
    await page.goto(`${app.server.url}/interview`);
    await page.getByRole('heading', { name: '면담 시작' }).waitFor({ timeout: 60_000 });
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const opening = indexedDB.open('facility-atlas');
          opening.onsuccess = () => {
            const transaction = opening.result.transaction('interviews', 'readwrite');
            transaction.objectStore('interviews').put({ id: 'SYNTHETIC-broken-session', interviewId: { name: 'object' } });
            transaction.oncomplete = () => (opening.result.close(), resolve());
            transaction.onerror = () => reject(transaction.error);
          };
        }),
    );
    await page.reload();
    const panel = page.getByRole('alert').filter({ has: page.getByRole('heading', { level: 2 }) });
    await panel.waitFor({ timeout: 60_000 });
    expect(await panel.textContent()).toContain('SYNTHETIC-broken-session');
    await screenshot(page, 'recovery-interview');
    await panel.getByRole('button').filter({ hasText: '손상된 기록 지우기' }).click();
    await page.getByRole('heading', { name: '면담 시작' }).waitFor({ timeout: 60_000 });
  });
});
