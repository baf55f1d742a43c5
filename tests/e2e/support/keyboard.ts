/** A keyboard user's steps, counted: Tab until something is focused, and what has focus. */
import type { Page } from 'playwright-core';

export interface Focused {
  tag: string;
  name: string;
  /** True when the element is inside an inert view (it should never be). */
  inert: boolean;
  visible: boolean;
}

export async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { tag: 'body', name: '', inert: false, visible: false };
    const box = element.getBoundingClientRect();
    const name = element.getAttribute('aria-label') ?? element.textContent ?? '';
    return { tag: element.tagName.toLowerCase(), name: name.trim(), inert: element.closest('[inert]') !== null, visible: box.width > 0 && box.height > 0 };
  });
}

/**
 * Presses Tab until `reached` holds for the focused element, at most `limit` times; returns the presses it took
 * and every element focused on the way.
 */
export async function tabUntil(page: Page, reached: () => Promise<boolean>, limit = 60): Promise<{ presses: number; path: Focused[] }> {
  const path: Focused[] = [];
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    path.push(await focused(page));
    if (await reached()) return { presses, path };
  }
  throw new Error(`not reached in ${limit} Tab presses; focused on the way: ${path.map((item) => `${item.tag} "${item.name.slice(0, 30)}"`).join(', ')}`);
}
