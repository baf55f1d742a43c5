/** Steps of interview mode as an interviewer takes them, in its Korean default; shared by the interview tests. */
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { colourShare } from './pixels';
import { waitForScene } from './viewerSteps';

export const progress = (page: Page) => page.locator('.interview-progress').textContent();
export const answerButton = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** Fills the start form's pseudonymous id and initials. */
export async function fillStartForm(page: Page, interviewId: string, initials: string): Promise<void> {
  await page.getByLabel('면담 번호 (가명)').fill(interviewId);
  await page.getByLabel('면담자 이니셜').fill(initials);
}

/** Starts an interview from /interview and waits for the first room to be drawn. */
export async function startInterview(page: Page, appUrl: string, interviewId: string, initials: string): Promise<void> {
  await page.goto(`${appUrl}/interview`);
  await fillStartForm(page, interviewId, initials);
  await page.getByRole('button', { name: '면담 시작하기' }).click();
  await waitForScene(page);
}

/** The confirmation "Finish and lock" opens in the page (it names the rooms still unanswered). */
export const finishConfirmation = (page: Page) => page.getByRole('alertdialog');

/** "Finish and lock", confirmed in the page, until the session shows as locked. */
export async function finishAndLock(page: Page): Promise<void> {
  await page.getByRole('button', { name: '마치고 잠그기' }).click();
  await finishConfirmation(page).getByRole('button', { name: '마치고 잠그기' }).click();
  await page.locator('.locked').waitFor();
}

/** The 3D view's share drawn in the colour of the keyboard's marker (MARKER_COLOUR). */
export async function markerShare(page: Page): Promise<number> {
  await nextFrames(page);
  return colourShare(await viewer(page).screenshot(), [0x35, 0xe0, 0xff], 24);
}

/** The magenta interview mode draws its "something is missing here" marks in (MARK_COLOUR). */
export const MARK_RGB = [0xff, 0x2b, 0xd6] as const;
/** The 3D scene's background, seen wherever nothing is drawn: the ground outside the rooms. */
const BACKGROUND_RGB = [0x11, 0x18, 0x1d] as const;

export const viewer = (page: Page) => page.locator('[data-viewer]');

/** Waits for two animation frames, so a change to the scene (drawn on demand) has reached the screen. */
export const nextFrames = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

/** Share of the 3D view drawn in the marks' colour. */
export async function markShare(page: Page): Promise<number> {
  await nextFrames(page);
  return colourShare(await viewer(page).screenshot(), MARK_RGB, 24);
}

/**
 * A page point on bare ground near the room shown: going up from the centre of the view (away from the viewer),
 * the first spot whose 15 × 15 pixel neighbourhood shows only the background, so no room, wall or label is there.
 */
export async function bareGroundPoint(page: Page): Promise<{ x: number; y: number }> {
  const png = PNG.sync.read(await viewer(page).screenshot());
  const box = await viewer(page).boundingBox();
  if (!box) throw new Error('the 3D view is not on screen');
  const bare = (x: number, y: number) => {
    for (let dy = -7; dy <= 7; dy++) {
      for (let dx = -7; dx <= 7; dx++) {
        const offset = ((y + dy) * png.width + (x + dx)) * 4;
        if (BACKGROUND_RGB.some((value, channel) => Math.abs((png.data[offset + channel] ?? 0) - value) > 6)) return false;
      }
    }
    return true;
  };
  const x = Math.round(png.width / 2);
  for (let y = Math.round(png.height / 2); y > 8; y--) {
    if (bare(x, y)) return { x: box.x + (x * box.width) / png.width, y: box.y + (y * box.height) / png.height };
  }
  throw new Error('no bare ground above the room shown');
}
