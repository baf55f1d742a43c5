/**
 * One live view at a time, and the reader taken to it: after the page changes (map, inside a facility, workbench)
 * focus moves to the new view's heading, so a keyboard or screen-reader user starts there, not on a button the new
 * view covers. A page's first load leaves focus where the browser puts it (the skip link comes first).
 */
import { useEffect, useRef } from 'react';
import { useSessionStore } from '../store/sessionStore';

let pending = false;

/** Starts watching for changes of view; call after the first view is restored from the URL. */
export function watchViewChanges(): () => void {
  return useSessionStore.subscribe((state, previous) => {
    if (state.page !== previous.page) pending = true;
  });
}

/**
 * Focuses the element `target` gives (the view's heading, tabIndex −1) when this view becomes the live one after
 * a change of view. A view mounted later (a lazily loaded page) still takes focus when it appears.
 */
export function useViewHeading(target: () => HTMLElement | null, active = true): void {
  const latest = useRef(target);
  latest.current = target;
  useEffect(() => {
    if (!active || !pending) return;
    const element = latest.current();
    if (!element) return;
    pending = false;
    element.focus();
  }, [active]);
}

/** The live view's heading, for the skip link: the first `[data-view-heading]` outside inert views. */
export function focusLiveHeading(): void {
  const headings = [...document.querySelectorAll<HTMLElement>('[data-view-heading]')];
  headings.find((heading) => !heading.closest('[inert]'))?.focus();
}
