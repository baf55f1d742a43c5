/**
 * Rule 2 for one source: it may be published only when its visibility is exactly "public" and nothing else marks
 * it confidential. "Restricted", "RESTRICTED", "private", "restricted " with a space, a missing visibility, a
 * `restricted: true` flag and an interview source (`interview-…`, whatever its visibility says) all mean restricted.
 * The build's gate, the public export and the workbench's badge all ask this one function.
 */
import { describeValue, isPlainObject } from '../validation/describeValue';
import { INTERVIEW_SOURCE_PREFIX } from '../workbench/corroborate';

/** True for an interview source's id, in any case and with stray spaces: interview answers are never published. */
export function isInterviewSourceId(id: unknown): boolean {
  return typeof id === 'string' && id.trim().toLowerCase().startsWith(INTERVIEW_SOURCE_PREFIX);
}

/** Members that mark a record confidential whatever its visibility says (any value but false). */
const CONFIDENTIAL_FLAGS = ['restricted', 'private', 'confidential', 'secret'];

/** The flag that marks `record` confidential, or null. */
export function confidentialFlag(record: Readonly<Record<string, unknown>>): string | null {
  return CONFIDENTIAL_FLAGS.find((flag) => Object.hasOwn(record, flag) && record[flag] !== false) ?? null;
}

/** Why `source` may not be published (a sentence fragment: "its visibility is …"), or null when it may. */
export function sourceRestriction(source: unknown): string | null {
  if (!isPlainObject(source)) return 'it is not a source record';
  if (isInterviewSourceId(source.id)) return 'it is an interview source (interview answers are never published)';
  const flag = confidentialFlag(source);
  if (flag !== null) return `it is marked ${flag} (${flag}: ${describeValue(source[flag])})`;
  if (!Object.hasOwn(source, 'visibility')) return 'it has no visibility (only "public" may be published)';
  if (source.visibility !== 'public') return `its visibility is ${describeValue(source.visibility)}, not exactly "public"`;
  return null;
}

/** True when `source` may be published. */
export function isPublicSource(source: unknown): boolean {
  return sourceRestriction(source) === null;
}
