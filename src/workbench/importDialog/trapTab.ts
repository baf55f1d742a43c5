/**
 * Keeps Tab inside a modal dialog: a native modal <dialog> makes the page behind it inert, but Tab from its last
 * control still leaves for the browser's own controls. From the last control Tab goes to the first, and back.
 */
import type { KeyboardEvent } from 'react';

const FOCUSABLE = 'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])';

function tabStops(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => {
    if (element.matches(':disabled') || element.getClientRects().length === 0) return false;
    // A radio group is one stop: its checked radio (or its first, when none is checked).
    if (element instanceof HTMLInputElement && element.type === 'radio' && !element.checked) return false;
    return true;
  });
}

export function trapTab(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Tab') return;
  const stops = tabStops(event.currentTarget);
  const first = stops[0];
  const last = stops.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !event.currentTarget.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
