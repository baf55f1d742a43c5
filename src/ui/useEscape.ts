/** Escape closes what is open (a card, a record, the tour) or leaves the 3D viewer, but never while typing. */
import { useEffect, useRef } from 'react';

const TYPING = new Set(['TEXTAREA', 'SELECT']);
const NOT_TYPING_INPUTS = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'range']);

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || TYPING.has(target.tagName)) return true;
  return target instanceof HTMLInputElement && !NOT_TYPING_INPUTS.has(target.type);
}

/** Calls `onEscape` for an Escape pressed anywhere on the page while `active`; it returns true when it used the key. */
export function useEscape(onEscape: () => boolean, active = true): void {
  const latest = useRef(onEscape);
  latest.current = onEscape;
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || typing(event.target)) return;
      if (latest.current()) event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active]);
}
