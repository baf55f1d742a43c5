/**
 * Where a page's main thread spent its time, from a DevTools CPU profile: self time by script and by function,
 * and the total time (self and callees) of chosen functions, so a slow load can be traced to its parts.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const label = (node: ProfileNode) => {
  const file = node.callFrame.url.split('/').pop()?.replace(/-[\w-]{8}\.m?js$/, '.js') || '(native)';
  return `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber + 1}`;
};

/**
 * Prints self time by script, the `top` busiest functions, the total time of functions named in `watch`, and the
 * `inclusiveTop` busiest functions counting their callees.
 */
export function summariseProfile(profile: CpuProfile, watch: readonly string[], top = 25, inclusiveTop = 0): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));
  const total = new Map<number, number>();
  const totalOf = (node: ProfileNode): number => {
    const known = total.get(node.id);
    if (known !== undefined) return known;
    const sum = (self.get(node.id) ?? 0) + (node.children ?? []).reduce((acc, child) => acc + totalOf(byId.get(child) as ProfileNode), 0);
    total.set(node.id, sum);
    return sum;
  };
  const bySum = (entries: Map<string, number>) => [...entries].sort((a, b) => b[1] - a[1]);
  const scripts = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    const script = node.callFrame.url ? (node.callFrame.url.split('/').pop() ?? '') : node.callFrame.functionName || '(native)';
    scripts.set(script, (scripts.get(script) ?? 0) + ms);
    functions.set(label(node), (functions.get(label(node)) ?? 0) + ms);
  }
  // A watched function's time counted once, at its outermost call.
  const watched = new Map<string, number>(watch.map((name) => [name, 0]));
  const visit = (node: ProfileNode, open: Set<string>) => {
    const name = node.callFrame.functionName;
    const counted = watched.has(name) && !open.has(name);
    if (counted) watched.set(name, (watched.get(name) ?? 0) + totalOf(node));
    const next = counted ? new Set([...open, name]) : open;
    for (const child of node.children ?? []) visit(byId.get(child) as ProfileNode, next);
  };
  const root = profile.nodes[0];
  if (root) visit(root, new Set());
  // Every function's time with its callees, counted once at its outermost call (recursion aside).
  const inclusive = new Map<string, number>();
  const visitAll = (node: ProfileNode, open: Set<string>) => {
    const name = label(node);
    const counted = !open.has(name);
    if (counted) inclusive.set(name, (inclusive.get(name) ?? 0) + totalOf(node));
    const next = counted ? new Set([...open, name]) : open;
    for (const child of node.children ?? []) visitAll(byId.get(child) as ProfileNode, next);
  };
  if (root && inclusiveTop > 0) visitAll(root, new Set());
  const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;
  return [
    '  self time by script:',
    ...bySum(scripts).filter(([, value]) => value >= 5).map(([name, value]) => `    ${ms(value)}  ${name}`),
    `  busiest ${top} functions (self time):`,
    ...bySum(functions).slice(0, top).map(([name, value]) => `    ${ms(value)}  ${name}`),
    '  total time (with callees) of chosen functions:',
    ...[...watched].map(([name, value]) => `    ${ms(value)}  ${name}`),
    ...(inclusiveTop > 0 ? [`  busiest ${inclusiveTop} functions (with callees):`] : []),
    ...bySum(inclusive)
      .filter(([name]) => !name.startsWith('('))
      .slice(0, inclusiveTop)
      .map(([name, value]) => `    ${ms(value)}  ${name}`),
  ];
}
