/**
 * One pass over a parsed JSON value for what JSON.parse lets through but nothing downstream survives: numbers it
 * cannot hold (an overflowing literal such as 1e999 is read as Infinity, passes every typeof check, breaks geometry
 * and silently becomes null when written back) and nesting deeper than any contract file needs (every recursive
 * walk after it — JSON.stringify, structured clone, comparisons — would overflow the stack). The walk is
 * iterative, and paths are built only when something is found, so a clean record costs one cheap loop.
 */

/** Deeper than any contract file nests (a MultiPolygon's numbers lie 8 levels below the file), far below the stack. */
export const MAX_JSON_DEPTH = 100;

export interface JsonScan {
  /** Paths of the non-finite numbers ("geometry.coordinates[0]"), in document order. */
  nonFinite: string[];
  /** Path of the first value nested deeper than the limit, or null. */
  tooDeep: string | null;
}

const CLEAN: JsonScan = Object.freeze({ nonFinite: Object.freeze([]) as unknown as string[], tooDeep: null });

/** Scans `value`; `path` names it in the paths reported, `maxDepth` counts the levels of lists and objects below it. */
export function scanJson(value: unknown, path = '', maxDepth = MAX_JSON_DEPTH): JsonScan {
  return isClean(value, maxDepth) ? CLEAN : describe(value, path, maxDepth);
}

/** True when `value` holds neither a non-finite number nor nesting deeper than `maxDepth`. */
export function isCleanJson(value: unknown, maxDepth = MAX_JSON_DEPTH): boolean {
  return isClean(value, maxDepth);
}

function isClean(root: unknown, maxDepth: number): boolean {
  const values: unknown[] = [root];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop() as number;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return false;
    } else if (value !== null && typeof value === 'object') {
      if (depth >= maxDepth) return false;
      const children = Array.isArray(value) ? value : Object.values(value);
      for (const child of children) {
        if (typeof child === 'object' && child !== null) {
          values.push(child);
          depths.push(depth + 1);
        } else if (typeof child === 'number' && !Number.isFinite(child)) {
          return false;
        }
      }
    }
  }
  return true;
}

/** The slow pass, run only on a value that failed the fast one: the same walk, with paths, in document order. */
function describe(root: unknown, rootPath: string, maxDepth: number): JsonScan {
  const nonFinite: string[] = [];
  let tooDeep: string | null = null;
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: rootPath, depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as (typeof stack)[number];
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) nonFinite.push(path);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxDepth) {
      tooDeep ??= path;
      continue;
    }
    const children: { value: unknown; path: string; depth: number }[] = Array.isArray(value)
      ? value.map((item, index) => ({ value: item, path: `${path}[${index}]`, depth: depth + 1 }))
      : Object.entries(value).map(([key, item]) => ({ value: item, path: path === '' ? key : `${path}.${key}`, depth: depth + 1 }));
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index] as (typeof stack)[number]);
  }
  return { nonFinite, tooDeep };
}
