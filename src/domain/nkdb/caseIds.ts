/**
 * Stable, unique violation ids from NKDB's case numbers. The capture holds empty ids, ids used by several records,
 * ids holding several case numbers (one per line) and one that breaks NKDB's pattern; each gets an id of its own,
 * the same on every run over the same capture (by order of appearance), and is listed with what was odd about it.
 */

export const NKDB_VIOLATION_PREFIX = 'nkdb-';

/** NKDB's case number pattern: a letter, two digits, a letter, digits ("E12-I-3183", "E99-L-999"). */
const CASE_NUMBER = /^[A-Z]\d{2}-[A-Z]-\d+$/;

export type CaseIdIssue = 'empty' | 'duplicate' | 'several' | 'irregular';

export interface CaseId {
  /** The violation's id. */
  id: string;
  /** The case numbers as a locator: "E12-I-3183", or "E12-I-3183, E12-I-3187" for several; undefined when empty. */
  locator: string | undefined;
  /** What was odd about the captured id; empty when nothing. */
  issues: CaseIdIssue[];
}

function caseNumbers(raw: string): string[] {
  return raw
    .split(/[\r\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The first of base, base-2, base-3 … not yet taken, which it then takes. */
function firstFree(base: string, taken: Set<string>): string {
  let id = base;
  for (let occurrence = 2; taken.has(id); occurrence += 1) id = `${base}-${occurrence}`;
  taken.add(id);
  return id;
}

/** Ids for the captured case ids, in order: a repeat gets "-2", "-3" …; an empty one "nkdb-no-case", "-2" …. */
export function assignCaseIds(rawIds: readonly string[]): CaseId[] {
  const taken = new Set<string>();
  const counts = new Map<string, number>();
  for (const raw of rawIds) counts.set(raw, (counts.get(raw) ?? 0) + 1);
  return rawIds.map((raw) => {
    const numbers = caseNumbers(raw);
    if (numbers.length === 0) return { id: firstFree(`${NKDB_VIOLATION_PREFIX}no-case`, taken), locator: undefined, issues: ['empty'] };
    const issues: CaseIdIssue[] = [];
    if (numbers.length > 1) issues.push('several');
    if (numbers.some((number) => !CASE_NUMBER.test(number))) issues.push('irregular');
    if ((counts.get(raw) ?? 0) > 1) issues.push('duplicate');
    const idPart = numbers.map((number) => number.replace(/[^A-Za-z0-9-]/g, '_')).join('_');
    return { id: firstFree(`${NKDB_VIOLATION_PREFIX}${idPart}`, taken), locator: numbers.join(', '), issues };
  });
}
