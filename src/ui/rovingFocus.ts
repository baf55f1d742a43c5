/**
 * Arrow keys, Home and End move focus between the buttons of a list, which is one stop for Tab (the current item,
 * or the first): a keyboard user passes a list of hundreds in one key press and walks it with the arrows.
 */
import type { KeyboardEvent } from 'react';

export function moveFocus(event: KeyboardEvent<HTMLElement>, selector: string): void {
  const buttons = [...event.currentTarget.querySelectorAll<HTMLElement>(selector)];
  const index = buttons.indexOf(document.activeElement as HTMLElement);
  const target = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
  if (target === undefined || buttons.length === 0) return;
  event.preventDefault();
  buttons[Math.max(0, Math.min(buttons.length - 1, target))]?.focus();
}

/** The item that takes Tab: the current one when it is listed, else the first. */
export function tabStop<T>(items: readonly T[], isCurrent: (item: T) => boolean): T | undefined {
  return items.find(isCurrent) ?? items[0];
}
