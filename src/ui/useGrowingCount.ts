import { startTransition, useEffect, useState } from 'react';
import { whenIdle } from './whenIdle';

/**
 * How many of `target` items to render: `step` at first, then `step` more each idle moment (in a transition, which
 * React renders in short slices) until all are; once there, it follows `target` at once when that shrinks, and
 * grows again by steps when it grows.
 */
export function useGrowingCount(target: number, step: number): number {
  const [rendered, setRendered] = useState(Math.min(target, step));
  useEffect(() => {
    if (rendered >= target) return;
    return whenIdle(() => startTransition(() => setRendered((current) => Math.min(target, current + step))));
  }, [rendered, target, step]);
  return Math.min(rendered, target);
}
