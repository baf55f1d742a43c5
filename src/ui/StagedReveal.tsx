/**
 * A view too large to render in one go without holding the main thread (the sidebar at first load: its sections
 * and hundreds of list items), shown part by part: nothing until ready, then one more part each idle moment after
 * the last was committed. A step renders in a transition, which React splits into short slices, and re-renders
 * only the part it reveals: the parts are the page's own elements, passed through unchanged.
 */
import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';
import { whenIdle } from './whenIdle';

const StageContext = createContext(Infinity);

interface Props {
  ready: boolean;
  /** How many parts (Stage at 1…total) there are. */
  total: number;
  children: ReactNode;
}

export function StagedReveal({ ready, total, children }: Props) {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (!ready || shown >= total) return;
    return whenIdle(() => startTransition(() => setShown((current) => Math.min(total, current + 1))));
  }, [ready, shown, total]);
  return <StageContext value={ready ? shown : 0}>{children}</StageContext>;
}

/** The part shown at step `at` (from 1) of the StagedReveal around it; outside one, always shown. */
export function Stage({ at, children }: { at: number; children: ReactNode }) {
  return useContext(StageContext) >= at ? children : null;
}
