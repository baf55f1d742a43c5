/**
 * A new version of the app is offered, never forced: after a visit, a new build's service worker installs and
 * waits; the map's page offers "A new version is ready — Reload"; interview mode never shows the offer, and
 * while interview mode is open in another tab the update is refused, so the interview keeps running on the
 * version it started with; once that tab is closed, Reload loads the new version.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/appServer';
import { launchBrowser, openPage, screenshot, type TestPage } from './support/browser';
import { answerButton, progress, startInterview } from './support/interviewSteps';

const controlled = (page: Page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
const checkForUpdate = (page: Page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

describe('an update of the app', () => {
  const published = mkdtempSync(join(tmpdir(), 'atlas-published-'));
  let server: AppServer;
  let browser: Browser;
  let tab: TestPage;
  let interview: Page;

  beforeAll(async () => {
    cpSync('dist', published, { recursive: true });
    server = await startAppServer(published);
    browser = await launchBrowser();
    tab = await openPage(browser, undefined, { serviceWorkers: 'allow' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(published, { recursive: true, force: true });
  });

  const prompt = (page: Page) => page.locator('.update-prompt');

  it('is offered on the map once a new version is published, and not in an interview running meanwhile', async () => {
    await tab.page.goto(server.url);
    await controlled(tab.page);
    interview = await tab.context.newPage();
    await startInterview(interview, server.url, 'SYNTHETIC-INT-UPDATE', 'UP');
    await controlled(interview);
    // A new version: a service worker that differs by a byte.
    appendFileSync(join(published, 'sw.js'), '\n// SYNTHETIC new version\n');
    await checkForUpdate(tab.page);
    await prompt(tab.page).getByText('A new version is ready —').waitFor({ timeout: 60_000 });
    expect(await prompt(tab.page).getByRole('button').textContent()).toBe('Reload');
    expect(await interview.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);
    expect(await prompt(interview).count()).toBe(0);
    await screenshot(tab.page, 'update-offered');
  });

  it('is not applied while interview mode is open: the interview keeps going on its version', async () => {
    await tab.page.evaluate(() => ((window as { beforeUpdate?: boolean }).beforeUpdate = true));
    await prompt(tab.page).getByRole('button', { name: 'Reload' }).click();
    await prompt(tab.page).getByText('it can load once interview mode, open in another tab, is closed').waitFor();
    expect(await tab.page.evaluate(() => (window as { beforeUpdate?: boolean }).beforeUpdate)).toBe(true);
    expect(await tab.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);
    await answerButton(interview, '네, 맞습니다').click();
    await expect.poll(() => progress(interview)).toMatch(/1개 답변$/);
    await screenshot(tab.page, 'update-deferred');
  });

  it('loads the new version when asked once the interview is closed', async () => {
    await interview.close();
    const reloaded = tab.page.waitForEvent('load');
    await prompt(tab.page).getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await controlled(tab.page);
    expect(await tab.page.evaluate(() => (window as { beforeUpdate?: boolean }).beforeUpdate)).toBeUndefined();
    expect(await tab.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    expect(await prompt(tab.page).count()).toBe(0);
    expect(tab.offsiteRequests).toEqual([]);
  });
});
