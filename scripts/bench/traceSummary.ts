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

/** The `top` longest tasks of the main thread, each with its time (exclusive of nested events) by event name. */
export function summariseTrace(traceJson: string, top = 3, minimumMs = 30): string[] {
  const parsed = JSON.parse(traceJson) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const thread = mainThread(events);
  if (!thread) return ['  no renderer main thread in the trace'];
  const complete = events
    .filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks = complete.filter((event) => event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask');
  const longest = [...tasks].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).filter((task) => (task.dur ?? 0) / 1000 >= minimumMs).slice(0, top);
  const lines: string[] = [];
  for (const task of longest) {
    const end = task.ts + (task.dur ?? 0);
    const inside = complete.filter((event) => event !== task && event.ts >= task.ts && event.ts + (event.dur ?? 0) <= end);
    // Self time: each event's duration less its direct children's.
    const self = new Map<string, number>();
    const stack: TraceEvent[] = [];
    for (const event of inside) {
      while (stack.length > 0 && event.ts >= (stack.at(-1)?.ts ?? 0) + (stack.at(-1)?.dur ?? 0)) stack.pop();
      const parent = stack.at(-1);
      const label = event.name === 'FunctionCall' ? `FunctionCall ${event.args?.data?.functionName || event.args?.data?.url?.split('/').pop() || ''}` : event.name;
      self.set(label, (self.get(label) ?? 0) + (event.dur ?? 0));
      if (parent) {
        const parentLabel = parent.name === 'FunctionCall' ? `FunctionCall ${parent.args?.data?.functionName || parent.args?.data?.url?.split('/').pop() || ''}` : parent.name;
        self.set(parentLabel, (self.get(parentLabel) ?? 0) - (event.dur ?? 0));
      }
      stack.push(event);
    }
    lines.push(`  task of ${((task.dur ?? 0) / 1000).toFixed(0)} ms; self time inside it by event:`);
    for (const [name, micro] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
      if (micro >= 2000) lines.push(`    ${(micro / 1000).toFixed(0).padStart(6)} ms  ${name}`);
    }
  }
  return lines.length > 0 ? lines : [`  no main-thread task of ${minimumMs} ms or more`];
}
