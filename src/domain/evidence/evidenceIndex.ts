/**
 * The violations as columns, built once per dataset: each violation's facility, category, decade and NKDB codes as
 * small numbers and bit masks, and the violations grouped by facility. Counting a filter is then one pass over
 * typed arrays (a few milliseconds at 100,000 violations) instead of a walk over records.
 */
import { VIOLATION_CATEGORIES } from '../enums';
import type { Violation } from '../types';
import { topLevelMask } from './nkdbFacets';
import { decadeOf } from './violationDecade';

/** The decade column's value for a violation with an unknown date. */
export const UNKNOWN_DECADE = -1;

export interface EvidenceIndex {
  /** The facilities that have violations, in the order their first violation appears. */
  facilityIds: readonly string[];
  facilityIndex: ReadonlyMap<string, number>;
  /** Per violation: its facility's position in facilityIds. */
  facility: Int32Array;
  /** Per violation: its category's position in VIOLATION_CATEGORIES. */
  category: Uint8Array;
  /** Per violation: the first year of its decade, or UNKNOWN_DECADE. */
  decade: Int16Array;
  /** Per violation: bit i set when it falls under TOP_LEVEL_CODES.rights[i]. */
  rights: Uint32Array;
  /** Per violation: bit i set when it falls under TOP_LEVEL_CODES.perpetrator[i]. */
  perpetrators: Uint32Array;
  /** The decades that occur, oldest first. */
  decades: readonly number[];
  /** Violation positions grouped by facility: those of facility f are order[offsets[f]] … order[offsets[f + 1] - 1]. */
  order: Int32Array;
  offsets: Int32Array;
  violations: readonly Violation[];
}

export function buildEvidenceIndex(violations: readonly Violation[]): EvidenceIndex {
  const count = violations.length;
  const facilityIds: string[] = [];
  const facilityIndex = new Map<string, number>();
  const facility = new Int32Array(count);
  const category = new Uint8Array(count);
  const decade = new Int16Array(count);
  const rights = new Uint32Array(count);
  const perpetrators = new Uint32Array(count);
  const decades = new Set<number>();
  const categoryOf = new Map<string, number>(VIOLATION_CATEGORIES.map((category, position) => [category, position]));
  violations.forEach((violation, position) => {
    let index = facilityIndex.get(violation.facilityId);
    if (index === undefined) {
      index = facilityIds.length;
      facilityIds.push(violation.facilityId);
      facilityIndex.set(violation.facilityId, index);
    }
    facility[position] = index;
    category[position] = categoryOf.get(violation.category) ?? 0;
    const start = decadeOf(violation.date);
    decade[position] = start ?? UNKNOWN_DECADE;
    if (start !== null) decades.add(start);
    rights[position] = topLevelMask(violation, 'rights');
    perpetrators[position] = topLevelMask(violation, 'perpetrator');
  });
  // Counting sort by facility: offsets first, then each violation in its facility's slot, in data order.
  const offsets = new Int32Array(facilityIds.length + 1);
  for (let position = 0; position < count; position += 1) {
    const slot = (facility[position] ?? 0) + 1;
    offsets[slot] = (offsets[slot] ?? 0) + 1;
  }
  for (let index = 0; index < facilityIds.length; index += 1) offsets[index + 1] = (offsets[index + 1] ?? 0) + (offsets[index] ?? 0);
  const next = offsets.slice(0, facilityIds.length);
  const order = new Int32Array(count);
  for (let position = 0; position < count; position += 1) {
    const index = facility[position] ?? 0;
    order[next[index] ?? 0] = position;
    next[index] = (next[index] ?? 0) + 1;
  }
  return {
    facilityIds,
    facilityIndex,
    facility,
    category,
    decade,
    rights,
    perpetrators,
    decades: [...decades].sort((a, b) => a - b),
    order,
    offsets,
    violations,
  };
}

const indexCache = new WeakMap<readonly Violation[], EvidenceIndex>();

/** The index of a dataset's violations, built at the first call and kept while the array lives. */
export function evidenceIndexFor(violations: readonly Violation[]): EvidenceIndex {
  let index = indexCache.get(violations);
  if (index === undefined) {
    index = buildEvidenceIndex(violations);
    indexCache.set(violations, index);
  }
  return index;
}

/** A facility's violations, in data order (none for a facility without any). */
export function violationsOf(index: EvidenceIndex, facilityId: string): Violation[] {
  const position = index.facilityIndex.get(facilityId);
  if (position === undefined) return [];
  const result: Violation[] = [];
  for (let slot = index.offsets[position] ?? 0; slot < (index.offsets[position + 1] ?? 0); slot += 1) {
    const violation = index.violations[index.order[slot] ?? 0];
    if (violation) result.push(violation);
  }
  return result;
}
