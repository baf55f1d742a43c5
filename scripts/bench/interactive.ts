/**
 * Time to interactive and total blocking time from a page load's long tasks and requests, as Lighthouse defines
 * them: TTI is the end of the last long task before the first five-second window, after first contentful paint,
 * with no long task and at most two requests in flight (or first contentful paint when no long task comes first);
 * TBT adds up each long task's time beyond 50 ms between first contentful paint and TTI.
 */

/** A span of time in the page's clock (ms since navigation). */
export interface Span {
  start: number;
  end: number;
}

export const QUIET_MS = 5000;
const BLOCKING_MS = 50;
const MAX_REQUESTS_IN_FLIGHT = 2;

/** The first moment at or after `from` that opens a quiet window ending no later than `until`, else null. */
export function quietWindowStart(from: number, until: number, longTasks: readonly Span[], requests: readonly Span[]): number | null {
  // A window can only open at `from`, at the end of a long task, or when a request ends.
  const candidates = [from, ...longTasks.map((task) => task.end), ...requests.map((request) => request.end)]
    .filter((time) => time >= from)
    .sort((a, b) => a - b);
  for (const start of candidates) {
    const end = start + QUIET_MS;
    if (end > until) return null;
    if (longTasks.some((task) => task.end > start && task.start < end)) continue;
    // The most requests in flight at once within [start, end): count at start and at every request start inside.
    const checkpoints = [start, ...requests.map((request) => request.start).filter((time) => time > start && time < end)];
    const busiest = Math.max(...checkpoints.map((time) => requests.filter((request) => request.start <= time && request.end > time).length));
    if (busiest <= MAX_REQUESTS_IN_FLIGHT) return start;
  }
  return null;
}

/** TTI and TBT, or null while the recording (up to `until`) holds no quiet window yet. */
export function interactivity(
  firstContentfulPaint: number,
  until: number,
  longTasks: readonly Span[],
  requests: readonly Span[],
): { timeToInteractive: number; totalBlockingTime: number } | null {
  const quiet = quietWindowStart(firstContentfulPaint, until, longTasks, requests);
  if (quiet === null) return null;
  const before = longTasks.filter((task) => task.end <= quiet && task.end > firstContentfulPaint);
  const timeToInteractive = Math.max(firstContentfulPaint, ...before.map((task) => task.end));
  const totalBlockingTime = longTasks
    .filter((task) => task.end > firstContentfulPaint && task.start < timeToInteractive)
    .reduce((sum, task) => sum + Math.max(0, Math.min(task.end, timeToInteractive) - Math.max(task.start, firstContentfulPaint) - BLOCKING_MS), 0);
  return { timeToInteractive, totalBlockingTime };
}
