/**
 * Interview sessions move between devices one by one, in Korean: a finished session is exported on its own (from
 * its locked view and from the session list) as restricted JSON with SHA-256s, encrypted with a passphrase
 * (`.json.age`) unless plain text is chosen explicitly; imported into a fresh browser profile — a wrong passphrase
 * or a changed byte imports nothing — where it is listed with its answers, and importing it twice adds no copy. A
 * damaged session in a file is refused by id and field while the good session beside it is kept. Full screen is
 * offered only where the browser has it. Nothing is requested outside the app's origin.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/appServer';
import { openProfile, screenshot, type TestPage } from './support/browser';
import { answerButton, finishAndLock, progress, startInterview } from './support/interviewSteps';
import { decryptFile, dialog, ENCRYPTION_TEST_TIMEOUT, enterPassphrase, saveEncrypted, savePlain, TEST_PASSPHRASE } from './support/protectSteps';
import { waitForScene } from './support/viewerSteps';

interface ExportFile {
  format: string;
  restricted: boolean;
  manifest: { sessions: { id: string; sha256: string }[] };
  sessions: { id: string; interviewId: string; answers: { answer: string }[] }[];
}

const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('one interview session, exported and imported into a fresh browser', () => {
  let server: AppServer;
  const folders = { first: mkdtempSync(join(tmpdir(), 'atlas-transfer-a-')), fresh: mkdtempSync(join(tmpdir(), 'atlas-transfer-b-')), files: mkdtempSync(join(tmpdir(), 'atlas-transfer-files-')) };
  const exported = join(folders.files, 'one.json.age');
  /** The session as exported, decrypted in the test (what the investigating team reads with `age -d`). */
  let plain = '';
  const tabs: TestPage[] = [];
  const requested: string[] = [];
  let sessionUrl = '';

  const open = async (folder: string) => {
    const tab = await openProfile(folder);
    tab.context.on('request', (request) => requested.push(request.url()));
    tabs.push(tab);
    return tab;
  };
  const sessionList = (page: Page) => page.locator('.session-list > li');
  const importFile = (page: Page, path: string) => page.getByLabel('면담 가져오기 (.json 또는 .json.age)').setInputFiles(path);

  beforeAll(async () => {
    server = await startAppServer();
  });

  afterAll(async () => {
    for (const tab of tabs) await tab.context.close().catch(() => undefined);
    for (const folder of Object.values(folders)) rmSync(folder, { recursive: true, force: true });
    await server?.close();
  });

  it('exports one finished session encrypted, from its locked view, and in plain text from the session list only when chosen', async () => {
    const { page } = await open(folders.first);
    await startInterview(page, server.url, 'SYNTHETIC-INT-T1', 'GH');
    await answerButton(page, '네, 맞습니다').click();
    await expect.poll(() => progress(page)).toMatch(/1개 답변$/);
    await page.getByLabel('면담자 메모', { exact: false }).fill('SYNTHETIC: no window');
    await answerButton(page, '아니요, 틀립니다').click();
    await expect.poll(() => progress(page)).toMatch(/2개 답변$/);
    await finishAndLock(page);
    const name = await saveEncrypted(page, () => page.getByRole('button', { name: '이 면담 내보내기', exact: false }).click(), exported);
    expect(name).toMatch(/^facility-atlas-interview-RESTRICTED-SYNTHETIC-INT-T1-[\d-]+\.json\.age$/);
    const encrypted = readFileSync(exported);
    expect(encrypted.subarray(0, 22).toString()).toBe('age-encryption.org/v1\n');
    expect(encrypted.includes('SYNTHETIC')).toBe(false);
    plain = new TextDecoder().decode(await decryptFile(exported));
    const file = JSON.parse(plain) as ExportFile;
    expect(file).toMatchObject({ format: 'facility-atlas-interviews', restricted: true });
    expect(file.sessions.map((session) => session.interviewId)).toEqual(['SYNTHETIC-INT-T1']);
    expect(file.manifest.sessions).toEqual([{ id: file.sessions[0]?.id, sha256: sha256(file.sessions[0]) }]);

    // A second session on this device: the list's export still takes only the one chosen.
    await startInterview(page, server.url, 'SYNTHETIC-INT-T2', 'GH');
    await page.getByRole('button', { name: '면담 목록으로' }).click();
    await expect.poll(() => sessionList(page).count()).toBe(2);
    // A short passphrase, or two that differ, are refused before anything is saved.
    await page.getByRole('button', { name: '면담 SYNTHETIC-INT-T1 내보내기' }).click();
    const fields = dialog(page).locator('input[type="password"]');
    await fields.nth(0).fill('short');
    await fields.nth(1).fill('short');
    await dialog(page).locator('button[type="submit"]').click();
    await dialog(page).getByRole('alert').filter({ hasText: '암호문구는 10자 이상이어야 합니다.' }).waitFor();
    await fields.nth(0).fill(TEST_PASSPHRASE);
    await fields.nth(1).fill(`${TEST_PASSPHRASE}!`);
    await dialog(page).locator('button[type="submit"]').click();
    await dialog(page).getByRole('alert').filter({ hasText: '두 암호문구가 다릅니다' }).waitFor();
    await screenshot(page, 'interview-export-passphrase');
    await dialog(page).getByRole('button', { name: '취소' }).click();
    await dialog(page).waitFor({ state: 'hidden' });
    // Plain text only by explicit choice, with its warning.
    const fromList = join(folders.files, 'from-list.json');
    const plainName = await savePlain(page, () => page.getByRole('button', { name: '면담 SYNTHETIC-INT-T1 내보내기' }).click(), fromList);
    expect(plainName).toMatch(/\.json$/);
    expect((JSON.parse(readFileSync(fromList, 'utf8')) as ExportFile).sessions).toEqual(file.sessions);
    await screenshot(page, 'interview-session-list-export');
  }, ENCRYPTION_TEST_TIMEOUT);

  it('imports it into a fresh browser profile, listed with its answers; importing it again adds no copy', async () => {
    const { page } = await open(folders.fresh);
    await page.goto(`${server.url}/interview`);
    await page.getByText('아직 면담이 없습니다.').waitFor();
    // A changed byte: the file is called damaged and nothing is imported.
    const tampered = join(folders.files, 'tampered.json.age');
    const bytes = readFileSync(exported);
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 1;
    writeFileSync(tampered, bytes);
    await importFile(page, tampered);
    expect(await enterPassphrase(page)).toBe('파일이 손상되었거나 암호화된 뒤 바뀌었습니다. 아무것도 가져오지 않았습니다.');
    await dialog(page).getByRole('button', { name: '취소' }).click();
    // A wrong passphrase: said so, the dialog stays for another try, nothing imported until the right one.
    await importFile(page, exported);
    expect(await enterPassphrase(page, 'SYNTHETIC not the passphrase')).toMatch(/^암호문구가 틀렸습니다/);
    await screenshot(page, 'interview-import-wrong-passphrase');
    expect(await sessionList(page).count()).toBe(0);
    expect(await enterPassphrase(page)).toBe('opened');
    await page.getByRole('status').filter({ hasText: '면담 1건 추가, 0건은 이미 있음' }).waitFor();
    await expect.poll(() => sessionList(page).allTextContents()).toEqual([expect.stringMatching(/^SYNTHETIC-INT-T1 · .+ · 완료, 잠김 · 방 14개 중 2개 답변/)]);
    await importFile(page, exported);
    expect(await enterPassphrase(page)).toBe('opened');
    await page.getByRole('status').filter({ hasText: '면담 0건 추가, 1건은 이미 있음' }).waitFor();
    expect(await sessionList(page).count()).toBe(1);
    await screenshot(page, 'interview-imported-twice');

    await sessionList(page).getByRole('button', { name: /^SYNTHETIC-INT-T1/ }).click();
    await waitForScene(page);
    sessionUrl = page.url();
    const recorded = await page.getByRole('list', { name: '기록된 답변' }).locator('li').allTextContents();
    expect(recorded.slice(0, 2)).toEqual(['복도: 네, 맞습니다', '취조실 1: 아니요, 틀립니다 — SYNTHETIC: no window']);
    expect(await page.getByRole('button', { name: '전체 화면', exact: true }).count()).toBe(1);
  }, ENCRYPTION_TEST_TIMEOUT);

  it('refuses a damaged session by its id and field, keeping the good session beside it', async () => {
    const { page } = tabs[1]!;
    const file = JSON.parse(plain) as ExportFile;
    const original = file.sessions[0]!;
    const damaged = { ...original, id: 'SYNTHETIC-damaged', answers: [{ ...original.answers[0], answer: 'maybe' }] };
    const good = { ...original, id: 'SYNTHETIC-good', interviewId: 'SYNTHETIC-INT-T3' };
    const sessions = [damaged, good];
    const mixed = join(folders.files, 'mixed.json');
    writeFileSync(mixed, JSON.stringify({ ...file, manifest: { sha256: sha256(sessions), sessions: sessions.map((session) => ({ id: session.id, sha256: sha256(session) })) }, sessions }));
    await page.goto(`${server.url}/interview`);
    await importFile(page, mixed);
    await page.getByRole('status').filter({ hasText: '면담 1건 추가' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toBe('면담 "SYNTHETIC-damaged" (파일의 1번째)을(를) 가져오지 않았습니다: answers[0].answer is "maybe", expected one of yes, no, unsure. 다른 면담은 따로 확인했습니다.');
    await expect.poll(() => sessionList(page).count()).toBe(2);
    const listed = await sessionList(page).allTextContents();
    expect(listed.map((text) => text.split(' · ')[0]).sort()).toEqual(['SYNTHETIC-INT-T1', 'SYNTHETIC-INT-T3']);
    await screenshot(page, 'interview-import-damaged');
  });

  it('offers no full-screen button where the browser has no Fullscreen API', async () => {
    if (!sessionUrl) throw new Error('the import test before this one did not open the imported session');
    const page = await tabs[1]!.context.newPage();
    await page.addInitScript(() => Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false }));
    await page.goto(sessionUrl);
    await waitForScene(page);
    await page.getByRole('list', { name: '기록된 답변' }).waitFor();
    expect(await page.getByRole('button', { name: '전체 화면', exact: true }).count()).toBe(0);
    await page.close();
  });

  it('made no request outside the app’s own origin', () => {
    const origin = new URL(server.url).origin;
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
    expect(tabs.flatMap((tab) => tab.offsiteRequests)).toEqual([]);
  });
});
