/** Steps of interview mode as an interviewer takes them, in its Korean default; shared by the interview tests. */
import type { Page } from 'playwright-core';

export const progress = (page: Page) => page.locator('.interview-progress').textContent();
export const answerButton = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
export const sceneReady = (page: Page) => page.locator('[data-viewer][data-scene-ready="true"]').waitFor({ timeout: 60_000 });

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
  await sceneReady(page);
}

/** "Finish and lock", confirming the browser's dialog, until the session shows as locked. */
export async function finishAndLock(page: Page): Promise<void> {
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: '마치고 잠그기' }).click();
  await page.locator('.locked').waitFor();
}
