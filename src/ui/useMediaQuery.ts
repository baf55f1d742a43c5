/** Whether a CSS media query matches, following changes (a phone turned, a window resized). */
import { useSyncExternalStore } from 'react';

/** The layout of a phone held upright: one column, panels in a bottom sheet (the same width as in the CSS). */
export const PHONE_QUERY = '(max-width: 40rem)';

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}
