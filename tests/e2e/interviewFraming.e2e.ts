/**
 * Interview mode on a tablet held upright (768 × 1024) and on a phone (390 × 844), by touch: each room is framed
 * so its label can be read — inside the picture and on top of its neighbours' labels — and the model stays on
 * screen while the survivor answers and the interviewer writes a note.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppSession } from './support/appSession';
import { screenshot } from './support/browser';
import { answerButton, progress, startInterview, viewer } from './support/interviewSteps';

/** The room asked about: its label wholly inside the 3D view, and nothing drawn over its middle. */
async function labelReadable(page: Page): Promise<{ inside: boolean; onTop: boolean; text: string }> {
  return page.evaluate(() => {
    const label = document.querySelector<HTMLElement>('[data-viewer] .room-label-selected');
    const view = document.querySelector<HTMLElement>('[data-viewer]')?.getBoundingClientRect();
    if (!label || !view) return { inside: false, onTop: false, text: '' };
    const box = label.getBoundingClientRect();
    const inside = box.left >= view.left && box.right <= view.right && box.top >= view.top && box.bottom <= view.bottom;
    // Labels let clicks through to the model: for this look only, they take the pointer, so the topmost is found.
    const labels = [...document.querySelectorAll<HTMLElement>('[data-viewer] .room-label')];
    for (const each of labels) each.style.pointerEvents = 'auto';
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    for (const each of labels) each.style.pointerEvents = '';
    return { inside, onTop: hit !== null && label.contains(hit), text: label.textContent ?? '' };
  });
}

/** The 3D view's share of the screen's height that is on screen. */
async function viewOnScreen(page: Page): Promise<number> {
  return page.evaluate(() => {
    const box = document.querySelector('[data-viewer]')?.getBoundingClientRect();
    if (!box) return 0;
    return (Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0)) / window.innerHeight;
  });
}

describe.each([
  ['tablet-portrait', { width: 768, height: 1024 }],
  ['phone', { width: 390, height: 844 }],
] as const)('interview mode framed for a %s', (name, viewport) => {
  const app = useAppSession();
  let page: Page;

  beforeAll(async () => {
    page = await (await app.browser.newContext({ viewport, hasTouch: true, isMobile: true, locale: 'ko-KR' })).newPage();
    await startInterview(page, app.server.url, `SYNTHETIC-framing-${name}`, 'FR');
  });

  it('frames each of the first rooms with its label readable, the model on screen while answering', async () => {
    for (let step = 0; step < 3; step++) {
      // The labels are drawn by the 3D scene a moment after the page names the room.
      const room = await page.locator('.interview-room').textContent();
      await expect.poll(() => labelReadable(page)).toEqual({ inside: true, onTop: true, text: room });
      expect(await viewOnScreen(page)).toBeGreaterThan(0.35);
      await screenshot(page, `interview-${name}-room-${step + 1}`);
      const note = page.getByLabel('면담자 메모', { exact: false });
      await note.tap();
      await note.fill('SYNTHETIC note');
      // Writing the note and answering leave the model where it was.
      expect(await viewOnScreen(page)).toBeGreaterThan(0.35);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await answerButton(page, '네, 맞습니다').tap();
      await expect.poll(() => progress(page)).toMatch(new RegExp(` · ${step + 1}개 답변$`));
    }
    expect(await viewer(page).count()).toBe(1);
  });
});
