/**
 * A CPU profile as a timeline: the stretches in which the main thread was busy (samples between two idle ones),
 * each with its start, length and what ran in it, so a long task can be told from another by when it came and
 * what it did — the summary by function (profileSummary.ts) adds the whole load up.
 */
import type { CpuProfile } from './profileSummary';

interface Stretch {
  start: number;
  end: number;
  /** Samples' time by function, counted once per sample however deep it recurses. */
  inclusive: Map<string, number>;
  self: Map<string, number>;
}

const GENERIC = new Set(['(root)', '(program)', '(idle)']);

/**
 * The busy stretches of at least `minimumMs`, in order: start and length (ms from the profile's start), the
 * functions most of the stretch ran in (with callees, ≥ 20% of it) and the busiest by self time.
 */
export function busyStretches(profile: CpuProfile, minimumMs = 50): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const name = (id: number) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return '?';
    const file = frame.url.split('/').pop()?.replace(/-[\w-]{8}\.m?js$/, '.js') ?? '';
    return `${frame.functionName || '(anonymous)'}${file ? ` ${file}:${frame.lineNumber + 1}` : ''}`;
  };
  const stretches: Stretch[] = [];
  let current: Stretch | null = null;
  let time = 0;
  profile.samples.forEach((id, index) => {
    const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    time += (profile.timeDeltas[index] ?? 0) / 1000;
    const at = time;
    if (byId.get(id)?.callFrame.functionName === '(idle)') {
      current = null;
      return;
    }
    if (!current) {
      current = { start: at, end: at, inclusive: new Map(), self: new Map() };
      stretches.push(current);
    }
    current.end = at + delta;
    current.self.set(name(id), (current.self.get(name(id)) ?? 0) + delta);
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parentOf.get(node)) seen.add(name(node));
    for (const label of seen) current.inclusive.set(label, (current.inclusive.get(label) ?? 0) + delta);
  });
  const lines: string[] = [];
  for (const stretch of stretches) {
    const length = stretch.end - stretch.start;
    if (length < minimumMs) continue;
    const top = (entries: Map<string, number>, count: number, floor: number) =>
      [...entries]
        .filter(([label, ms]) => !GENERIC.has(label.split(' ')[0] ?? '') && ms >= floor)
        .sort((a, b) => b[1] - a[1])
        .slice(0, count)
        .map(([label, ms]) => `${label} ${ms.toFixed(0)}`)
        .join('; ');
    lines.push(`    ${stretch.start.toFixed(0).padStart(6)} ms +${length.toFixed(0).padStart(5)} ms  in: ${top(stretch.inclusive, 8, length * 0.2)}`);
    lines.push(`                          self: ${top(stretch.self, 5, 2)}`);
  }
  return lines;
}
