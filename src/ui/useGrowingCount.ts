import { startTransition, useEffect, useState } from 'react';
import { whenIdle } from './whenIdle';

/**
 * How many of `target` items to render: `step` at first, then `step` more each idle moment (in a transition, which
 * React renders in short slices) until all are; once there, it follows `target` at once when that shrinks, and
 * grows again by steps when it grows. A new list of items (`items` changed) starts again from `step`: the rows in
 * view are drawn in the task after a filter press, the rest while the page is idle (300 new rows were a task of
 * 30-70 ms on a 2-core machine, held up the map's reply to its worker, issue #12).
 */
export function useGrowingCount(target: number, step: number, items?: unknown): number {
  const [growth, setGrowth] = useState({ items, rendered: Math.min(target, step) });
  // Reset in the render that draws the new items (React's derived state), not an effect later.
  const current = growth.items === items ? growth : { items, rendered: Math.min(target, step) };
  if (current !== growth) setGrowth(current);
  const { rendered } = current;
  useEffect(() => {
    if (rendered >= target) return;
    return whenIdle(() => startTransition(() => setGrowth((now) => ({ items: now.items, rendered: Math.min(target, now.rendered + step) }))));
  }, [rendered, target, step]);
  return Math.min(rendered, target);
}
