/** The kinds of file a dataset holds, and where each lives in a dataset folder (DESIGN.md §2). */
export const FILE_KINDS = ['facilities', 'sources', 'violations', 'provinces', 'plan'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** A Map, not an object: a path named "constructor" or "toString" must not find Object.prototype's members. */
const FIXED_NAMES: ReadonlyMap<string, FileKind> = new Map<string, FileKind>([
  ['facilities.geojson', 'facilities'],
  ['sources.json', 'sources'],
  ['violations.geojson', 'violations'],
  ['provinces.geojson', 'provinces'],
]);

/** The contract's files with a fixed name, in the order a dataset is read. */
export const FIXED_FILE_NAMES: readonly string[] = [...FIXED_NAMES.keys()];

const PLAN_PATH = /^plans\/([^/]+)\.geojson$/;

function normalise(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/** The kind of a dataset-relative path ("plans/x.geojson" → plan), or null when the contract has no such file. */
export function kindFromPath(path: string): FileKind | null {
  const relative = normalise(path);
  return PLAN_PATH.test(relative) ? 'plan' : (FIXED_NAMES.get(relative) ?? null);
}

/** The kind a file's name suggests wherever it lies: "…/facilities.geojson", "…/plans/x.geojson". */
export function kindFromName(path: string): FileKind | null {
  const parts = normalise(path).split('/');
  return kindFromPath(parts.slice(-2).join('/')) ?? kindFromPath(parts.at(-1) ?? '');
}

/** The facility id a plan's dataset-relative path promises ("plans/<facility-id>.geojson"). */
export function planFileFacilityId(path: string): string | null {
  return PLAN_PATH.exec(normalise(path))?.[1] ?? null;
}
