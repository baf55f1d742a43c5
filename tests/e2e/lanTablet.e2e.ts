/**
 * The app reached as a tablet reaches the interviewer's laptop on a local network with no internet: over plain
 * http:// by a host name, which browsers do not count as a secure context (no crypto.subtle, no randomUUID, no
 * Web Locks). An interview still starts, records and exports with its SHA-256s, and the workbench still adds a
 * source and exports a bundle whose hashes check out.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/appServer';
import { LAN_HOST, launchBrowser, openPage, screenshot, type TestPage } from './support/browser';
import { answerButton, finishAndLock, progress, startInterview } from './support/interviewSteps';

const ONSONG = 'nkpd-pe7q4z9cv8';
const sha256 = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('on a tablet over the local network (not a secure context)', () => {
  let server: AppServer;
  let browser: Browser;
  let tab: TestPage;
  let lanUrl = '';
  const files = mkdtempSync(join(tmpdir(), 'atlas-lan-'));

  beforeAll(async () => {
    server = await startAppServer();
    lanUrl = server.url.replace('127.0.0.1', LAN_HOST);
    browser = await launchBrowser({ lanHost: true });
    tab = await openPage(browser, { width: 1024, height: 768 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(files, { recursive: true, force: true });
  });

  it('is served to a context without Web Crypto digests or random UUIDs', async () => {
    await tab.page.goto(`${lanUrl}/interview`);
    const context = await tab.page.evaluate(() => ({ secure: window.isSecureContext, subtle: Boolean(globalThis.crypto.subtle), uuid: 'randomUUID' in globalThis.crypto }));
    expect(context).toEqual({ secure: false, subtle: false, uuid: false });
  });

  it('starts an interview, keeps its answers, and exports it with SHA-256s', async () => {
    const { page } = tab;
    await startInterview(page, lanUrl, 'SYNTHETIC-INT-LAN', 'KL');
    await answerButton(page, '네, 맞습니다').click();
    await expect.poll(() => progress(page)).toMatch(/1개 답변$/);
    await screenshot(page, 'lan-interview');
    await finishAndLock(page);
    const started = page.waitForEvent('download');
    await page.getByRole('button', { name: '이 면담 내보내기', exact: false }).click();
    const path = join(files, 'interview.json');
    await (await started).saveAs(path);
    const file = JSON.parse(readFileSync(path, 'utf8')) as { sessions: { id: string; planHash: string }[]; manifest: { sessions: { id: string; sha256: string }[] } };
    const [session] = file.sessions;
    expect(session?.id).toMatch(/^session-[0-9a-f]{32}$/);
    expect(session?.planHash).toMatch(/^[0-9a-f]{64}$/);
    expect(file.manifest.sessions).toEqual([{ id: session?.id, sha256: sha256(JSON.stringify(session)) }]);
    expect(tab.pageErrors).toEqual([]);
  });

  it('adds a source in the workbench and exports a bundle whose hashes check out', async () => {
    const { page } = tab;
    await page.goto(`${lanUrl}/workbench/${ONSONG}`);
    await page.locator('.add-source').getByLabel('Title').fill('SYNTHETIC report seen on a tablet');
    await page.getByRole('button', { name: 'Add source', exact: true }).click();
    await expect.poll(() => page.locator('.record-editor').getAttribute('aria-label')).toMatch(/^Properties of source-[0-9a-f]{12}$/);
    await page.locator('[data-save="saved"]').waitFor({ timeout: 15_000 });
    const started = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export this facility', exact: true }).click();
    const path = join(files, 'bundle.zip');
    await (await started).saveAs(path);
    const bundle = unzipSync(readFileSync(path));
    const manifest = JSON.parse(new TextDecoder().decode(bundle['manifest.json'])) as { files: { path: string; sha256: string }[] };
    expect(manifest.files.length).toBeGreaterThan(0);
    for (const entry of manifest.files) expect(sha256(bundle[entry.path] ?? new Uint8Array())).toBe(entry.sha256);
    expect(new TextDecoder().decode(bundle['sources.RESTRICTED.json'])).toContain('SYNTHETIC report seen on a tablet');
    await screenshot(page, 'lan-workbench');
    expect(tab.pageErrors).toEqual([]);
    expect(tab.offsiteRequests).toEqual([]);
  });
});
