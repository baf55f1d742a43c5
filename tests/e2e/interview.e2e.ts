/**
 * Interview mode in real Chromium with real IndexedDB, in Korean: start a session on Onsong (a detention period
 * that ends before it starts is refused), answer three rooms with each kind of answer (after "no" the walk waits
 * for the note and "Next"), mark places missing by touch and from the keyboard (the marker stays in view, and a
 * place is recorded only with a note), kill the browser mid-session, resume at the same room with every answer and
 * mark kept, go full screen, finish and lock (the confirmation names the unanswered rooms; rooms listed by name),
 * see the counts and the marks in the workbench and, after a second interview, mark a room corroborated. Every
 * request of the walk-through stays on the app's origin.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/appServer';
import { killProfile, openProfile, screenshot, type TestPage } from './support/browser';
import { answerButton, bareGroundPoint, fillStartForm, finishAndLock, finishConfirmation, markerShare, markShare, progress, startInterview } from './support/interviewSteps';
import { waitForScene } from './support/viewerSteps';


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
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
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
    await page.getByLabel('시작 (연도)').fill('2015');
    await page.getByLabel('끝 (연도)').fill('2010');
    await page.getByRole('button', { name: '면담 시작하기' }).click();
    await page.getByRole('alert').filter({ hasText: '구금 기간의 끝이 시작보다 앞섭니다 (2015년부터 2010년까지)' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/interview');
    await screenshot(page, 'interview-detention-refused');
    await page.getByLabel('끝 (연도)').fill('2016');
    await screenshot(page, 'interview-start');
    await page.getByRole('button', { name: '면담 시작하기' }).click();
    await waitForScene(page);
    sessionUrl = page.url();
    expect(new URL(sessionUrl).pathname).toMatch(/^\/interview\/session-/);
    expect(await progress(page)).toMatch(/^\d+개 중 1번째 방 · 0개 답변$/);
    await screenshot(page, 'interview-room-1');
  });

  it('records a yes, a no with a note, and a not-sure, moving on only after each is saved', async () => {
    const { page } = tab;
    const note = page.getByLabel('면담자 메모', { exact: false });
    await answerButton(page, '네, 맞습니다').click();
    await expect.poll(() => progress(page)).toMatch(/2번째 방 · 1개 답변/);
    const disputed = await page.locator('.interview-room').textContent();
    // "No" is saved at once, but the walk stays on the room: the note opens with the focus, waiting for "Next".
    await answerButton(page, '아니요, 틀립니다').click();
    await page.getByRole('status').filter({ hasText: '이 방의 무엇이 틀렸나요?' }).waitFor();
    expect(await progress(page)).toMatch(/2번째 방 · 2개 답변/);
    expect(await page.locator('.interview-room').textContent()).toBe(disputed);
    expect(await note.evaluate((field) => field === document.activeElement)).toBe(true);
    await page.keyboard.type('SYNTHETIC: the door was on the other side');
    await screenshot(page, 'interview-no-note');
    expect(await progress(page)).toMatch(/2번째 방 · 2개 답변/);
    await page.getByRole('button', { name: '다음', exact: true }).click();
    await expect.poll(() => progress(page)).toMatch(/3번째 방 · 2개 답변/);
    expect(await note.inputValue()).toBe('');
    expect(await page.getByRole('button', { name: '다음', exact: true }).count()).toBe(0);
    await answerButton(page, '잘 모르겠습니다').click();
    await expect.poll(() => progress(page)).toMatch(/4번째 방 · 3개 답변/);
    roomBeforeCrash = (await page.locator('.interview-room').textContent()) ?? '';
    expect(roomBeforeCrash).not.toBe('');
    await screenshot(page, 'interview-room-4');
  });

  it('marks a place where something is missing outside the rooms by touch, recorded only with a note, drawn in the model', async () => {
    const { page } = tab;
    const marks = page.getByRole('list', { name: '빠진 것이 있다고 표시한 곳' });
    const what = page.getByLabel('여기에 무엇이 빠졌나요?');
    const start = page.getByRole('button', { name: '여기에 무언가 빠졌습니다…' });
    expect(await markShare(page)).toBe(0);
    // By touch: the bare ground beside the room shown, outside every room. The touch chooses the place; it is
    // recorded only once a note says what is missing.
    await start.click();
    await page.getByText('화살표 키로 표시를 옮기고', { exact: false }).waitFor();
    await screenshot(page, 'interview-marking');
    const ground = await bareGroundPoint(page);
    await page.mouse.click(ground.x, ground.y);
    await what.waitFor();
    await page.getByRole('button', { name: '빠진 곳 기록' }).click();
    await page.getByRole('alert').filter({ hasText: '기록하기 전에 무엇이 빠졌는지 적으세요.' }).waitFor();
    expect(await marks.count()).toBe(0);
    expect(await markShare(page)).toBe(0);
    await what.fill('SYNTHETIC: a kitchen stood here');
    await page.keyboard.press('Enter');
    await expect.poll(() => marks.locator('li').allTextContents()).toEqual(['방 밖 — SYNTHETIC: a kitchen stood here']);
    await expect.poll(() => markShare(page)).toBeGreaterThan(0.0005);
  });

  it('marks places from the keyboard, the marker held on the site and in view, each with its note', async () => {
    const { page } = tab;
    const marks = page.getByRole('list', { name: '빠진 것이 있다고 표시한 곳' });
    const start = page.getByRole('button', { name: '여기에 무언가 빠졌습니다…' });
    // The marker starts in the room shown; Enter chooses it there, then the note and Enter record it.
    await start.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('SYNTHETIC: a second door');
    await page.keyboard.press('Enter');
    await expect.poll(() => marks.locator('li').count()).toBe(2);
    // However far the arrows push it, the marker stays on the site and in view.
    await start.focus();
    await page.keyboard.press('Enter');
    for (let step = 0; step < 12; step++) await page.keyboard.press('Shift+ArrowUp');
    const held = await markerShare(page);
    expect(held).toBeGreaterThan(0.00005);
    // At the edge already: further presses leave it where it is, in view.
    await page.keyboard.press('Shift+ArrowUp');
    expect(await markerShare(page)).toBeCloseTo(held, 5);
    await screenshot(page, 'interview-marker-held-in-view');
    await page.keyboard.press('Escape');
    await start.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+ArrowUp');
    await page.keyboard.press('Shift+ArrowUp');
    await page.keyboard.press('Enter');
    await page.keyboard.type('SYNTHETIC: a well');
    await page.keyboard.press('Enter');
    await expect.poll(() => marks.locator('li').allTextContents()).toEqual([
      '방 밖 — SYNTHETIC: a kitchen stood here',
      `${roomBeforeCrash} 안 — SYNTHETIC: a second door`,
      '방 밖 — SYNTHETIC: a well',
    ]);
    expect(await progress(page)).toMatch(/4번째 방 · 3개 답변/);
    await screenshot(page, 'interview-marked-missing');
  });

  it('resumes at the same room with every answer after the browser is killed', async () => {
    killProfile(profile);
    await tab.context.close().catch(() => undefined);
    tab = await openProfile(profile);
    watch(tab);
    const { page } = tab;
    await page.goto(sessionUrl);
    await waitForScene(page);
    expect(await progress(page)).toMatch(/4번째 방 · 3개 답변/);
    expect(await page.locator('.interview-room').textContent()).toBe(roomBeforeCrash);
    await expect.poll(() => page.getByRole('list', { name: '빠진 것이 있다고 표시한 곳' }).locator('li').count()).toBe(3);
    await expect.poll(() => markShare(page)).toBeGreaterThan(0.0005);
    await page.getByRole('button', { name: '뒤로', exact: true }).click();
    await expect.poll(() => page.locator('.interview-previous').textContent()).toBe('이전 답변: 잘 모르겠습니다');
  });

  it('goes full screen and back from the walk-through', async () => {
    const { page } = tab;
    await page.getByRole('button', { name: '전체 화면', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.getByRole('button', { name: '전체 화면 끝내기' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    await page.getByRole('button', { name: '전체 화면', exact: true }).waitFor();
  });

  it('finishes and locks the session: answers can no longer change, addenda can be added', async () => {
    const { page } = tab;
    // "Finish and lock" stands apart from the walk's moves, and asks first, naming the rooms still unanswered.
    expect(await page.locator('.walk-moves').getByRole('button', { name: '마치고 잠그기' }).count()).toBe(0);
    await page.getByRole('button', { name: '마치고 잠그기' }).click();
    const unanswered = await finishConfirmation(page).locator('#finish-unanswered').textContent();
    expect(unanswered).toMatch(/^답변이 없는 방 \d+개: 감방 1, /);
    await screenshot(page, 'interview-finish-confirmation');
    await finishConfirmation(page).getByRole('button', { name: '계속하기' }).click();
    expect(await finishConfirmation(page).count()).toBe(0);
    expect(await page.locator('.locked').count()).toBe(0);
    await finishAndLock(page);
    expect(await answerButton(page, '네, 맞습니다').count()).toBe(0);
    const recorded = await page.getByRole('list', { name: '기록된 답변' }).locator('li').allTextContents();
    // Rooms by their names in the UI's language, in walking order, never by their ids.
    expect(recorded.slice(0, 4)).toEqual(['복도: 네, 맞습니다', '취조실 1: 아니요, 틀립니다 — SYNTHETIC: the door was on the other side', '취조실 2: 잘 모르겠습니다', '감방 1: 답변 없음']);
    expect(recorded.join(' ')).not.toMatch(/cell-\d|corridor|interrogation-/);
    await expect.poll(() => page.getByRole('list', { name: '빠진 것이 있다고 표시한 곳' }).locator('li').count()).toBe(3);
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
    // Every answer was about the plan as published now: none is set apart as about an earlier version.
    expect(new Set(await table.locator('tbody tr td:nth-of-type(4)').allTextContents())).toEqual(new Set(['0']));
    // The places marked missing, with their notes and where they are (the workbench opens in English here).
    const missing = page.getByRole('list', { name: '3 places marked missing' });
    const places = await missing.locator('li').allTextContents();
    expect(places[0]).toMatch(/^SYNTHETIC-INT-1: Outside the rooms — SYNTHETIC: a kitchen stood hereat 42\.959\d+, 129\.98\d+$/);
    expect(places[1]).toMatch(/^SYNTHETIC-INT-1: In Cell 1 — SYNTHETIC: a second door/);
    expect(places[2]).toMatch(/^SYNTHETIC-INT-1: Outside the rooms — SYNTHETIC: a well/);
    await missing.scrollIntoViewIfNeeded();
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
    // Interview mode's Korean stays on its own page (interview.html): the workbench opens in English.
    const table = page.locator('table.corroboration');
    await table.waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
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
