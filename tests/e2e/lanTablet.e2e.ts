/**
 * The app reached as a tablet reaches the interviewer's laptop on a local network with no internet: over plain
 * http:// by a host name, which browsers do not count as a secure context (no crypto.subtle, no randomUUID, no
 * Web Locks). An interview still starts, records and exports with its SHA-256s, and the workbench still adds a
 * source and exports a bundle whose hashes check out; both exports are encrypted (age, scrypt from @noble: no Web Crypto).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/appServer';
import { LAN_HOST, launchBrowser, openPage, screenshot, type TestPage } from './support/browser';
import { answerButton, finishAndLock, progress, startInterview } from './support/interviewSteps';
import { decryptFile, ENCRYPTION_TEST_TIMEOUT, saveEncrypted } from './support/protectSteps';

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

  it('starts an interview, keeps its answers, and exports it encrypted with SHA-256s (no Web Crypto needed)', async () => {
    const { page } = tab;
    await startInterview(page, lanUrl, 'SYNTHETIC-INT-LAN', 'KL');
    await answerButton(page, '네, 맞습니다').click();
    await expect.poll(() => progress(page)).toMatch(/1개 답변$/);
    await screenshot(page, 'lan-interview');
    await finishAndLock(page);
    const path = join(files, 'interview.json.age');
    expect(await saveEncrypted(page, () => page.getByRole('button', { name: '이 면담 내보내기', exact: false }).click(), path)).toMatch(/\.json\.age$/);
    const file = JSON.parse(new TextDecoder().decode(await decryptFile(path))) as { sessions: { id: string; planHash: string }[]; manifest: { sessions: { id: string; sha256: string }[] } };
    const [session] = file.sessions;
    expect(session?.id).toMatch(/^session-[0-9a-f]{32}$/);
    expect(session?.planHash).toMatch(/^[0-9a-f]{64}$/);
    expect(file.manifest.sessions).toEqual([{ id: session?.id, sha256: sha256(JSON.stringify(session)) }]);
    expect(tab.pageErrors).toEqual([]);
  }, ENCRYPTION_TEST_TIMEOUT);

  it('adds a source in the workbench and exports an encrypted bundle whose hashes check out', async () => {
    const { page } = tab;
    await page.goto(`${lanUrl}/workbench/${ONSONG}`);
    await page.locator('.add-source').getByLabel('Title').fill('SYNTHETIC report seen on a tablet');
    await page.getByRole('button', { name: 'Add source', exact: true }).click();
    await expect.poll(() => page.locator('.record-editor').getAttribute('aria-label')).toMatch(/^Properties of source-[0-9a-f]{12}$/);
    await page.locator('[data-save="saved"]').waitFor({ timeout: 15_000 });
    const path = join(files, 'bundle.zip.age');
    expect(await saveEncrypted(page, () => page.getByRole('button', { name: 'Export this facility', exact: true }).click(), path)).toMatch(/\.zip\.age$/);
    const bundle = unzipSync(await decryptFile(path));
    const manifest = JSON.parse(new TextDecoder().decode(bundle['manifest.json'])) as { files: { path: string; sha256: string }[] };
    expect(manifest.files.length).toBeGreaterThan(0);
    for (const entry of manifest.files) expect(sha256(bundle[entry.path] ?? new Uint8Array())).toBe(entry.sha256);
    expect(new TextDecoder().decode(bundle['sources.RESTRICTED.json'])).toContain('SYNTHETIC report seen on a tablet');
    await screenshot(page, 'lan-workbench');
    expect(tab.pageErrors).toEqual([]);
    expect(tab.offsiteRequests).toEqual([]);
  }, ENCRYPTION_TEST_TIMEOUT);
});
