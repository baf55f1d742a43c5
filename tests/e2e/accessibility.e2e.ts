/**
 * axe-core on every kind of page, in English and Korean: the map, a facility's card, the 3D viewer (orbit, a room
 * selected, the guided tour), the workbench and interview mode. No serious or critical violation is allowed.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppSession } from './support/appSession';
import { checkAccessibility } from './support/axe';
import { openPage, screenshot, type TestPage } from './support/browser';
import { fillStartForm } from './support/interviewSteps';
import { cells, ONSONG, serveViolations, syntheticViolations, waitForScene } from './support/viewerSteps';

const TEXT = {
  en: { list: 'Facilities', rooms: 'Rooms', tour: 'Guided tour', start: 'Start the interview' },
  ko: { list: '시설 목록', rooms: '방 목록', tour: '안내 둘러보기', start: '면담 시작하기' },
} as const;

async function expectAccessible(page: Page, name: string): Promise<void> {
  const summary = await checkAccessibility(page, name);
  console.log(`axe ${name}: ${JSON.stringify(summary.counts)}`);
  expect(summary.serious, `serious or critical axe violations on ${name}`).toEqual([]);
}

// axe walks every element of a page: on this shared two-core machine one run can take a minute.
describe.each(['en', 'ko'] as const)('accessibility checks (axe-core), %s', { timeout: 300_000 }, (language) => {
  const app = useAppSession();
  let tab: TestPage;
  const text = TEXT[language];

  beforeAll(async () => {
    tab = await openPage(app.browser);
    // A room with documented violations, so the room's record lists some.
    await serveViolations(tab.page, syntheticViolations([{ id: 'SYNTHETIC-in-cell', category: 'torture', roomId: cells[0]?.id }]));
  });

  it('the map', async () => {
    await tab.page.goto(`${app.server.url}/?lang=${language}`);
    await tab.page.getByRole('list', { name: text.list }).waitFor();
    await expectAccessible(tab.page, `map (${language})`);
  });

  it('a facility card', async () => {
    await tab.page.goto(`${app.server.url}/?facility=${ONSONG}&lang=${language}`);
    await tab.page.getByRole('article').waitFor();
    await expectAccessible(tab.page, `card (${language})`);
  });

  it('the 3D viewer in orbit', async () => {
    await tab.page.goto(`${app.server.url}/facility/${ONSONG}?lang=${language}`);
    await waitForScene(tab.page);
    await expectAccessible(tab.page, `viewer orbit (${language})`);
  });

  it('the 3D viewer with a room selected', async () => {
    await tab.page.getByRole('list', { name: text.rooms }).getByRole('button').first().click();
    await tab.page.locator('#room-heading').waitFor();
    await expectAccessible(tab.page, `viewer room selected (${language})`);
  });

  it('the 3D viewer’s guided tour', async () => {
    await tab.page.getByRole('button', { name: text.tour }).click();
    await tab.page.locator('.tour-panel').waitFor();
    await expectAccessible(tab.page, `viewer tour (${language})`);
    await screenshot(tab.page, `axe-viewer-tour-${language}`);
  });

  it('the workbench', async () => {
    await tab.page.goto(`${app.server.url}/workbench/${ONSONG}?lang=${language}`);
    await tab.page.locator('.workbench-panel').waitFor({ timeout: 60_000 });
    await expectAccessible(tab.page, `workbench (${language})`);
  });

  it('interview mode: the start page and the walk through the rooms', async () => {
    await tab.page.goto(`${app.server.url}/interview?lang=${language}`);
    await tab.page.getByRole('button', { name: text.start }).waitFor();
    await expectAccessible(tab.page, `interview start (${language})`);
    if (language === 'ko') await fillStartForm(tab.page, `SYNTHETIC-axe-${language}`, 'AX');
    else {
      await tab.page.getByLabel('Interview id (pseudonymous)').fill(`SYNTHETIC-axe-${language}`);
      await tab.page.getByLabel("Interviewer's initials").fill('AX');
    }
    await tab.page.getByRole('button', { name: text.start }).click();
    await waitForScene(tab.page);
    await expectAccessible(tab.page, `interview walk (${language})`);
  });

  it('sent nothing off this machine', () => {
    expect(tab.offsiteRequests).toEqual([]);
  });
});
