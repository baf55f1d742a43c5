/**
 * How a non-public export marks every file it writes, so a file taken out of the bundle still says what it is:
 * "RESTRICTED" in the file's name (plans/<id>.RESTRICTED.geojson) and `"restricted": true` at the top of its JSON.
 * The public gate refuses either mark, so such a file copied into data/geojson stops the build, renamed or not.
 */

export const RESTRICTED_MARK = 'RESTRICTED';

/** The member a non-public export writes first in each JSON file. */
export const RESTRICTED_MEMBER = 'restricted';

const MARKED = new RegExp(`\\.${RESTRICTED_MARK}(\\.[^./]+)$`);

/** "plans/x.geojson" → "plans/x.RESTRICTED.geojson"; a path marked already is left as it is. */
export function markedPath(path: string): string {
  if (MARKED.test(path)) return path;
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return dot > slash + 1 ? `${path.slice(0, dot)}.${RESTRICTED_MARK}${path.slice(dot)}` : `${path}.${RESTRICTED_MARK}`;
}

/** "plans/x.RESTRICTED.geojson" → "plans/x.geojson": where the file lies in the dataset layout. */
export function unmarkedPath(path: string): string {
  return path.replace(MARKED, '$1');
}

/** True when a file's name says restricted (as a word, in any case): "x.RESTRICTED.geojson", "restricted-notes.json". */
export function hasRestrictedMark(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return /(^|[^a-z])restricted([^a-z]|$)/i.test(name);
}
