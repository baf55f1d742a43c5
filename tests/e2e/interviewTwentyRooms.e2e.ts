/**
 * A 20-room interview run from the keyboard, as an interviewer would on a laptop with no network: a SYNTHETIC
 * plan of 19 cells and a corridor is served in place of Onsong's, every room is answered with 1, 2 or 3 (after 2,
 * "no", the note is typed and Ctrl+Enter moves on), the page is reloaded half way, the interview is finished; all 20
 * answers are kept with their notes, and the workbench counts them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { planFeatureToGeoJson } from '../../src/domain/workbench/contractFiles';
import { rowPlan } from '../fixtures/syntheticPlan';
import { useAppSession } from './support/appSession';
import { openPage, screenshot, type TestPage } from './support/browser';
import { finishAndLock, progress, startInterview } from './support/interviewSteps';
import { waitForScene } from './support/viewerSteps';

const ONSONG = 'nkpd-pe7q4z9cv8';
const ROOMS = 20;
const KEYS = ['1', '2', '3'] as const; // yes, no, not sure

/** The plan file: the fixture's rooms, citing a source the bundled sources.json has, so it loads cleanly. */
function syntheticPlanText(): string {
  const plan = rowPlan({ rooms: ROOMS - 1, facilityId: ONSONG, barredFronts: true });
  const features = plan.features.map(planFeatureToGeoJson);
  return JSON.stringify({ type: 'FeatureCollection', schemaVersion: 1, facilityId: ONSONG, features }).replaceAll('"SYNTHETIC-source"', '"nkpd-register"');
}


describe('a 20-room interview, answered from the keyboard', () => {
  const app = useAppSession();
  let tab: TestPage;

  beforeAll(async () => {
    tab = await openPage(app.browser);
    const planText = syntheticPlanText();
    await tab.page.route(`**/assets/${ONSONG}-*.geojson`, (route) => route.fulfill({ body: planText, contentType: 'application/geo+json' }));
  });

  it('answers every room with 1, 2 or 3, survives a reload half way, and keeps all 20 answers', async () => {
    const { page } = tab;
    await startInterview(page, app.server.url, 'SYNTHETIC-INT-20', 'EF');
    expect(await progress(page)).toBe(`${ROOMS}개 중 1번째 방 · 0개 답변`);
    for (let room = 0; room < ROOMS; room++) {
      if (room === ROOMS / 2) {
        await page.reload();
        await waitForScene(page);
        expect(await progress(page)).toBe(`${ROOMS}개 중 ${room + 1}번째 방 · ${room}개 답변`);
      }
      const key = KEYS[room % KEYS.length] ?? '1';
      await page.keyboard.press(key);
      await expect.poll(() => progress(page)).toMatch(new RegExp(` · ${room + 1}개 답변$`));
      if (key === '2') {
        // "No" waits on the room with the focus in the note; Ctrl+Enter keeps the note and moves on.
        await page.locator('.note-prompt').waitFor();
        expect(await progress(page)).toMatch(new RegExp(`중 ${room + 1}번째 방`));
        await page.keyboard.type(`SYNTHETIC note ${room + 1}`);
        await page.keyboard.press('Control+Enter');
        await page.locator('.note-prompt').waitFor({ state: 'detached' });
      }
    }
    await page.getByRole('status').filter({ hasText: '모든 방에 답했습니다' }).waitFor();
    await screenshot(page, 'interview-20-rooms-answered');
    await finishAndLock(page);
    const recorded = await page.getByRole('list', { name: '기록된 답변' }).locator('li').allTextContents();
    expect(recorded).toHaveLength(ROOMS);
    expect(recorded.filter((line) => /— SYNTHETIC note \d+$/.test(line))).toHaveLength(7);
    expect(tab.offsiteRequests).toEqual([]);
  });

  it('counts the 20 answers in the workbench: 7 yes, 7 no, 6 not sure', async () => {
    const { page } = tab;
    await page.goto(`${app.server.url}/workbench/${ONSONG}`);
    const table = page.locator('table.corroboration');
    await table.waitFor({ timeout: 30_000 });
    expect(await table.locator('tbody tr').count()).toBe(ROOMS);
    const column = async (index: number) => (await table.locator(`tbody tr td:nth-of-type(${index})`).allTextContents()).reduce((sum, text) => sum + Number(text), 0);
    expect([await column(1), await column(2), await column(3)]).toEqual([7, 7, 6]);
  });
});
