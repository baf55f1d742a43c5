/**
 * What a page's main thread did in its longest tasks, from a Chromium trace (browser.startTracing with the
 * devtools.timeline categories): each task's length and the time inside it by event name (script, style, layout,
 * paint, garbage collection…), so a long task that a CPU profile shows as "(program)" can be named.
 */

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { functionName?: string; url?: string }; name?: string };
}

/** The renderer main thread: the thread named CrRendererMain with the most events. */
function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | null {
  const named = events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  let best: { pid: number; tid: number; count: number } | null = null;
  for (const thread of named) {
    const count = events.filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X').length;
    if (!best || count > best.count) best = { pid: thread.pid, tid: thread.tid, count };
  }
  return best;
}

const labelOf = (event: TraceEvent) =>
  event.name === 'FunctionCall' ? `FunctionCall ${event.args?.data?.functionName || event.args?.data?.url?.split('/').pop() || ''}` : event.name;

interface Thread {
  tasks: TraceEvent[];
  /** Every complete event of the thread, in order of start (the longer first at equal starts). */
  complete: TraceEvent[];
}

function threadOf(events: readonly TraceEvent[], pid: number, tid: number): Thread {
  const complete = events
    .filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  return { complete, tasks: complete.filter((event) => event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask') };
}

/** Time inside `task` by event name, each event's duration less its direct children's (microseconds). */
function selfTimes(thread: Thread, task: TraceEvent): Map<string, number> {
  const end = task.ts + (task.dur ?? 0);
  const inside = thread.complete.filter((event) => event !== task && event.ts >= task.ts && event.ts + (event.dur ?? 0) <= end);
  const self = new Map<string, number>();
  const stack: TraceEvent[] = [];
  for (const event of inside) {
    while (stack.length > 0 && event.ts >= (stack.at(-1)?.ts ?? 0) + (stack.at(-1)?.dur ?? 0)) stack.pop();
    const parent = stack.at(-1);
    self.set(labelOf(event), (self.get(labelOf(event)) ?? 0) + (event.dur ?? 0));
    if (parent) self.set(labelOf(parent), (self.get(labelOf(parent)) ?? 0) - (event.dur ?? 0));
    stack.push(event);
  }
  return self;
}

function parse(traceJson: string): TraceEvent[] {
  const parsed = JSON.parse(traceJson) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** The `top` longest tasks of the main thread, each with its time (exclusive of nested events) by event name. */
export function summariseTrace(traceJson: string, top = 3, minimumMs = 30): string[] {
  const events = parse(traceJson);
  const main = mainThread(events);
  if (!main) return ['  no renderer main thread in the trace'];
  const thread = threadOf(events, main.pid, main.tid);
  const longest = [...thread.tasks].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).filter((task) => (task.dur ?? 0) / 1000 >= minimumMs).slice(0, top);
  const lines: string[] = [];
  for (const task of longest) {
    lines.push(`  task of ${((task.dur ?? 0) / 1000).toFixed(0)} ms; self time inside it by event:`);
    for (const [name, micro] of [...selfTimes(thread, task)].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
      if (micro >= 2000) lines.push(`    ${(micro / 1000).toFixed(0).padStart(6)} ms  ${name}`);
    }
  }
  return lines.length > 0 ? lines : [`  no main-thread task of ${minimumMs} ms or more`];
}

/**
 * The main thread's tasks of `minimumMs` or more in order, from the task in which the user timing mark `startName`
 * was made (at the press, or at the bare page's update) to the last: when each began (ms from that start), how long
 * it ran and its two largest events; then the main thread's and the workers' busy time in that stretch. Shows
 * where the time to idle goes, and what one page does that the other does not.
 */
export function traceTimeline(traceJson: string, startName: string, minimumMs = 8): string[] {
  const events = parse(traceJson);
  const main = mainThread(events);
  if (!main) return ['  no renderer main thread in the trace'];
  const thread = threadOf(events, main.pid, main.tid);
  const marked = events.find((event) => event.name === startName)?.ts;
  if (marked === undefined) return [`  no ${startName} in the trace (record the blink.user_timing category)`];
  // From the task the mark was made in.
  const start = thread.tasks.find((task) => task.ts <= marked && task.ts + (task.dur ?? 0) >= marked)?.ts ?? marked;
  const after = thread.tasks.filter((task) => task.ts >= start);
  const lines = after
    .filter((task) => (task.dur ?? 0) / 1000 >= minimumMs)
    .map((task) => {
      const top = [...selfTimes(thread, task)].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([name, micro]) => `${name} ${(micro / 1000).toFixed(0)}`);
      return `  +${((task.ts - start) / 1000).toFixed(0).padStart(5)} ms  ${((task.dur ?? 0) / 1000).toFixed(0).padStart(4)} ms  ${top.join(', ')}`;
    });
  const end = Math.max(...after.map((task) => task.ts + (task.dur ?? 0)));
  const busy = (tasks: readonly TraceEvent[]) => tasks.filter((task) => task.ts >= start && task.ts < end).reduce((sum, task) => sum + (task.dur ?? 0), 0) / 1000;
  const workers = events.filter((event) => event.name === 'thread_name' && event.pid === main.pid && /Worker/.test(event.args?.name ?? ''));
  const workerBusy = workers.map((worker) => busy(threadOf(events, worker.pid, worker.tid).tasks)).filter((ms) => ms > 0);
  lines.push(`  main thread busy ${busy(thread.tasks).toFixed(0)} ms of ${((end - start) / 1000).toFixed(0)}; workers busy ${workerBusy.map((ms) => `${ms.toFixed(0)} ms`).join(', ') || 'none'}`);
  return lines;
}
