/**
 * Interview mode in real Chromium with real IndexedDB, in Korean: start a session on Onsong, answer three rooms
 * with each kind of answer, kill the browser mid-session, resume at the same room with every answer kept, finish
 * and lock, see the counts in the workbench and, after a second interview, mark a room corroborated. Every
 * request of the walk-through stays on the app's origin.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/appServer';
import { killProfile, openProfile, screenshot, type TestPage } from './support/browser';
import { answerButton, fillStartForm, finishAndLock, progress, sceneReady, startInterview } from './support/interviewSteps';


describe('interview mode: a survivor confirms or corrects the layout, offline and in Korean', () => {
  let server: AppServer;
  const profile = mkdtempSync(join(tmpdir(), 'atlas-interview-'));
  let tab: TestPage;
  const requested: string[] = [];
  let sessionUrl = '';
  let roomBeforeCrash = '';

  const watch = (current: TestPage) => current.context.on('request', (request) => requested.push(request.url()));

  beforeAll(async () => {
    server = await startAppServer();
    tab = await openProfile(profile);
    watch(tab);
  });

  afterAll(async () => {
    killProfile(profile);
    rmSync(profile, { recursive: true, force: true });
    await server?.close();
  });

  it('starts an interview in Korean, with a pseudonymous id and the plan version recorded', async () => {
    const { page } = tab;
    await page.goto(`${server.url}/interview`);
    await page.getByRole('heading', { name: '면담 시작' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
    expect(await page.getByText('이름은 절대 쓰지 마세요', { exact: false }).count()).toBe(1);
    await fillStartForm(page, 'SYNTHETIC-INT-1', 'AB');
    expect(await page.getByLabel('면담 언어').inputValue()).toBe('ko');
    await screenshot(page, 'interview-start');
    await page.getByRole('button', { name: '면담 시작하기' }).click();
    await sceneReady(page);
    sessionUrl = page.url();
    expect(new URL(sessionUrl).pathname).toMatch(/^\/interview\/session-/);
    expect(await progress(page)).toMatch(/^\d+개 중 1번째 방 · 0개 답변$/);
    await screenshot(page, 'interview-room-1');
  });

  it('records a yes, a no with a note, and a not-sure, moving on only after each is saved', async () => {
    const { page } = tab;
    await answerButton(page, '네, 맞습니다').click();
    await expect.poll(() => progress(page)).toMatch(/2번째 방 · 1개 답변/);
    await page.getByLabel('면담자 메모', { exact: false }).fill('SYNTHETIC: the door was on the other side');
    await answerButton(page, '아니요, 틀립니다').click();
    await expect.poll(() => progress(page)).toMatch(/3번째 방 · 2개 답변/);
    expect(await page.getByLabel('면담자 메모', { exact: false }).inputValue()).toBe('');
    await answerButton(page, '잘 모르겠습니다').click();
    await expect.poll(() => progress(page)).toMatch(/4번째 방 · 3개 답변/);
    roomBeforeCrash = (await page.locator('.interview-room').textContent()) ?? '';
    expect(roomBeforeCrash).not.toBe('');
    await screenshot(page, 'interview-room-4');
  });

  it('resumes at the same room with every answer after the browser is killed', async () => {
    killProfile(profile);
    await tab.context.close().catch(() => undefined);
    tab = await openProfile(profile);
    watch(tab);
    const { page } = tab;
    await page.goto(sessionUrl);
    await sceneReady(page);
    expect(await progress(page)).toMatch(/4번째 방 · 3개 답변/);
    expect(await page.locator('.interview-room').textContent()).toBe(roomBeforeCrash);
    await page.getByRole('button', { name: '뒤로', exact: true }).click();
    await expect.poll(() => page.locator('.interview-previous').textContent()).toBe('이전 답변: 잘 모르겠습니다');
  });

  it('finishes and locks the session: answers can no longer change, addenda can be added', async () => {
    const { page } = tab;
    await finishAndLock(page);
    expect(await answerButton(page, '네, 맞습니다').count()).toBe(0);
    const recorded = await page.getByRole('list', { name: '기록된 답변' }).textContent();
    expect(recorded).toContain('SYNTHETIC: the door was on the other side');
    await page.getByLabel('추가 기록', { exact: false }).fill('SYNTHETIC: she later recalled a second guard room');
    await page.getByRole('button', { name: '추가 기록 저장' }).click();
    await page.getByRole('list', { name: '추가 기록' }).waitFor();
    await screenshot(page, 'interview-locked');
  });

  it('made no request outside the app’s own origin during the whole interview', () => {
    const origin = new URL(server.url).origin;
    const elsewhere = requested.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'));
    expect(requested.length).toBeGreaterThan(0);
    expect(elsewhere).toEqual([]);
  });

  it('shows the workbench how many interviews confirmed, disputed or were unsure, per room', async () => {
    const { page } = tab;
    await page.goto(`${server.url}/workbench/nkpd-pe7q4z9cv8`);
    const table = page.locator('table.corroboration');
    await table.waitFor({ timeout: 30_000 });
    const column = async (index: number) => (await table.locator(`tbody tr td:nth-of-type(${index})`).allTextContents()).reduce((sum, text) => sum + Number(text), 0);
    expect([await column(1), await column(2), await column(3)]).toEqual([1, 1, 1]);
    expect(await table.textContent()).toContain('SYNTHETIC: the door was on the other side');
    await screenshot(page, 'interview-counts-in-workbench');
  });

  it('lets the investigator mark a room corroborated once two interviews confirmed it, never by itself', async () => {
    const { page } = tab;
    // A second, independent interview confirms the first room only.
    await startInterview(page, server.url, 'SYNTHETIC-INT-2', 'CD');
    await answerButton(page, '네, 맞습니다').click();
    await expect.poll(() => progress(page)).toMatch(/2번째 방 · 1개 답변/);
    await finishAndLock(page);

    await page.goto(`${server.url}/workbench/nkpd-pe7q4z9cv8`);
    await page.getByRole('button', { name: 'English' }).click();
    const table = page.locator('table.corroboration');
    await table.waitFor({ timeout: 30_000 });
    const mark = page.getByRole('button', { name: 'Mark corroborated' });
    expect(await mark.count()).toBe(0); // the rooms are not in the work yet; nothing is marked by itself
    await page.getByRole('button', { name: 'Start from the published plan' }).click();
    await mark.waitFor();
    // The published outlines give way to the work's own shapes.
    expect(await page.getByTestId('workbench-map').getAttribute('data-published')).toBe('0');
    expect(await mark.count()).toBe(1); // only the room both interviews confirmed
    const roomId = await table.locator('tbody tr', { has: mark }).getAttribute('data-room');
    const row = table.locator(`tbody tr[data-room="${roomId}"]`);
    const yes = Number(await row.locator('td').first().textContent());
    expect(yes).toBe(2);
    await mark.click();
    await expect.poll(() => row.locator('td').last().textContent()).toBe('Corroborated');
    const sources = await page.locator('section[aria-labelledby="wb-sources"]').textContent();
    expect(sources).toContain('Interview SYNTHETIC-INT-1');
    expect(sources).toContain('Interview SYNTHETIC-INT-2');
    await screenshot(page, 'interview-room-corroborated');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => row.getByRole('button', { name: 'Mark corroborated' }).count()).toBe(1);
  });
});
