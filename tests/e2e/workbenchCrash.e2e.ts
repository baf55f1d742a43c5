/**
 * Nothing acknowledged is lost in a crash (issue #18.5), in real Chromium with real IndexedDB: a burst of 20 quick
 * additions and 36 typed characters, then the browser is killed (SIGKILL: no unload, no clean shutdown) without
 * waiting for the save. An edit counts as acknowledged once the save indicator has said so: its seq is at most
 * the data-saved-seq the indicator showed (the "N edits not yet stored" it shows are the rest). After reopening,
 * every acknowledged edit is there, and nothing that was not typed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/appServer';
import { killProfile, openProfile, screenshot, type TestPage } from './support/browser';

const ONSONG = 'nkpd-pe7q4z9cv8';
const BASE_TITLE = 'SYNTHETIC typed source';
const TYPED = ' SYNTHETIC burst: 36 typed letters..';
const QUICK = Array.from({ length: 20 }, (_, index) => `SYNTHETIC quick ${String(index + 1).padStart(2, '0')}`);

/** The save indicator's numbers, read in one go: the last edit made and the last one it says is stored. */
const indicator = (page: Page) =>
  page.evaluate(() => {
    const status = document.querySelector<HTMLElement>('[data-save]');
    return { edit: Number(status?.dataset.editSeq), saved: Number(status?.dataset.savedSeq), text: status?.textContent ?? '' };
  });

describe('a crash in the middle of a burst of edits', () => {
  let server: AppServer;
  const profile = mkdtempSync(join(tmpdir(), 'atlas-crash-'));
  let tab: TestPage;

  const open = async () => {
    await tab.page.goto(`${server.url}/workbench/${ONSONG}`);
    await tab.page.getByRole('complementary', { name: 'Workbench panels' }).waitFor({ timeout: 60_000 });
  };
  const sourceTitles = () => tab.page.getByRole('list', { name: 'Sources of this work' }).getByRole('button').allTextContents();

  beforeAll(async () => {
    server = await startAppServer();
    tab = await openProfile(profile);
    await open();
  });

  afterAll(async () => {
    await tab?.context.close().catch(() => undefined);
    // Chromium's processes may still be writing their profile as they exit: retry until the folder empties.
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    await server?.close();
  });

  it('keeps every acknowledged edit of 20 quick additions and 36 typed characters when the browser is killed', async () => {
    const { page } = tab;
    const title = page.locator('.add-source').getByLabel('Title');
    await title.fill(BASE_TITLE);
    await title.press('Enter');
    await page.locator('[data-save="saved"]').waitFor();
    const before = await indicator(page);

    // The burst: nothing waits for a save.
    for (const name of QUICK) {
      await title.fill(name);
      await title.press('Enter');
    }
    await page.getByRole('list', { name: 'Sources of this work' }).getByRole('button', { name: BASE_TITLE, exact: true }).click();
    const field = page.locator('.record-editor').getByLabel('Title', { exact: true });
    await field.press('End');
    await page.keyboard.type(TYPED);
    const acknowledged = await indicator(page);
    killProfile(profile);
    await tab.context.close().catch(() => undefined);

    // Every edit of the burst was made (one entry each), and the indicator said how many were not yet stored.
    expect(acknowledged.edit - before.edit).toBe(QUICK.length + TYPED.length);
    const stored = acknowledged.saved - before.edit;
    expect(acknowledged.text).toMatch(acknowledged.saved === acknowledged.edit ? /^Saved/ : new RegExp(`\\(${acknowledged.edit - acknowledged.saved} edits? not yet stored\\)`));

    tab = await openProfile(profile);
    await open();
    const titles = await sourceTitles();
    const additions = QUICK.filter((name) => titles.includes(name));
    const edited = titles.find((item) => item.startsWith(BASE_TITLE)) ?? '';
    const typed = edited.slice(BASE_TITLE.length);
    console.info(`crash burst: ${stored} of ${QUICK.length + TYPED.length} edits acknowledged at the kill; found ${additions.length} of ${QUICK.length} additions and ${typed.length} of ${TYPED.length} characters`);
    await screenshot(tab.page, 'workbench-after-crash');

    // Every acknowledged addition is there, in order, and nothing else was added.
    expect(additions.length).toBeGreaterThanOrEqual(Math.min(QUICK.length, stored));
    expect(additions).toEqual(QUICK.slice(0, additions.length));
    expect(titles.filter((item) => item.startsWith('SYNTHETIC quick')).length).toBe(additions.length);
    // Every acknowledged character is there, and the title is what was typed, cut at most where the kill came.
    expect(typed.length).toBeGreaterThanOrEqual(Math.max(0, stored - QUICK.length));
    expect(TYPED.startsWith(typed)).toBe(true);
    if (typed.length > 0) expect(additions).toEqual(QUICK);
  }, 240_000);
});
