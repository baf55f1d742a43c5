/**
 * What the evidence filters leave, counted in one pass over the index: violations per facility, and for each
 * filter its values' counts among the violations the other filters leave (a filter does not narrow its own
 * counts, so the decade histogram still shows the decades outside the brushed range).
 */
import { VIOLATION_CATEGORIES, type ViolationCategory } from '../enums';
import type { EvidenceFilter } from './evidenceFilter';
import { UNKNOWN_DECADE, type EvidenceIndex } from './evidenceIndex';
import { TOP_LEVEL_CODES } from './nkdbFacets';

export interface DecadeBin {
  /** First year of the decade. */
  decade: number;
  count: number;
}

export interface EvidenceCounts {
  /** Violations passing every filter, among the facilities allowed. */
  total: number;
  /** Per facility (by position in the index's facilityIds): its violations passing every filter. */
  perFacility: Int32Array;
  byCategory: ReadonlyMap<ViolationCategory, number>;
  byRights: ReadonlyMap<string, number>;
  byPerpetrator: ReadonlyMap<string, number>;
  /** Every decade from the first to the last in the data, empty ones included, oldest first. */
  byDecade: readonly DecadeBin[];
  /** Violations with an unknown date (left out by any decade range). */
  unknownDate: number;
}

function maskOf(values: readonly string[], all: readonly string[]): number {
  let mask = 0;
  for (const value of values) {
    const bit = all.indexOf(value);
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask >>> 0;
}

/** Adds one to the counter of every bit set in `mask`, visiting only the set bits. */
function countBits(mask: number, into: Int32Array): void {
  let rest = mask;
  while (rest !== 0) {
    const lowest = rest & -rest;
    const bit = 31 - Math.clz32(lowest);
    into[bit] = (into[bit] ?? 0) + 1;
    rest ^= lowest;
  }
}

/** Counters by bit → counts by code, codes never counted left out. */
function byCode(counters: Int32Array, all: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  all.forEach((code, bit) => {
    if (counters[bit]) counts.set(code, counters[bit] ?? 0);
  });
  return counts;
}

/** The filter as bit masks and a decade range, compiled once per filter change. */
export interface CompiledEvidenceFilter {
  categoryMask: number;
  rightsMask: number;
  perpetratorMask: number;
  decades: EvidenceFilter['decades'];
}

export function compileEvidenceFilter(filter: EvidenceFilter): CompiledEvidenceFilter {
  return {
    categoryMask: maskOf(filter.categories, VIOLATION_CATEGORIES),
    rightsMask: maskOf(filter.rights, TOP_LEVEL_CODES.rights),
    perpetratorMask: maskOf(filter.perpetrators, TOP_LEVEL_CODES.perpetrator),
    decades: filter.decades,
  };
}

/** The bits evidencePasses sets, one per part of the filter a violation passes; ALL when it passes every part. */
export const PASSES = { category: 1, rights: 2, perpetrator: 4, decade: 8, all: 15 } as const;

/**
 * Which parts of the filter a violation passes, from its index columns (category position, rights and perpetrator
 * masks, decade): the one test the map's counts and the export share.
 */
export function evidencePasses(category: number, rights: number, perpetrators: number, decade: number, filter: CompiledEvidenceFilter): number {
  const { categoryMask, rightsMask, perpetratorMask, decades } = filter;
  return (
    (categoryMask === 0 || (categoryMask & (1 << category)) !== 0 ? PASSES.category : 0) |
    (rightsMask === 0 || (rightsMask & rights) !== 0 ? PASSES.rights : 0) |
    (perpetratorMask === 0 || (perpetratorMask & perpetrators) !== 0 ? PASSES.perpetrator : 0) |
    (decades === null || (decade !== UNKNOWN_DECADE && decade >= decades.from && decade <= decades.to) ? PASSES.decade : 0)
  );
}

/**
 * Counts the violations passing `filter`. `allowedFacilities`, when given, are the facilities the facility filters
 * leave (ids): violations elsewhere count nowhere.
 */
export function countEvidence(index: EvidenceIndex, filter: EvidenceFilter, allowedFacilities?: Iterable<string>): EvidenceCounts {
  const allowed = new Uint8Array(index.facilityIds.length);
  if (allowedFacilities === undefined) allowed.fill(1);
  else for (const id of allowedFacilities) {
    const position = index.facilityIndex.get(id);
    if (position !== undefined) allowed[position] = 1;
  }
  const compiled = compileEvidenceFilter(filter);
  const perFacility = new Int32Array(index.facilityIds.length);
  const categories = new Int32Array(VIOLATION_CATEGORIES.length);
  const rightsCounters = new Int32Array(32);
  const perpetratorCounters = new Int32Array(32);
  // One counter per decade since year 0 (a few hundred, four-digit years): no map updates in the loop.
  const decadeCounters = new Int32Array((index.decades[index.decades.length - 1] ?? 0) / 10 + 1);
  let total = 0;
  let unknownDate = 0;
  for (let position = 0; position < index.category.length; position += 1) {
    const facility = index.facility[position] ?? 0;
    if (!allowed[facility]) continue;
    const category = index.category[position] ?? 0;
    const rights = index.rights[position] ?? 0;
    const perpetrators = index.perpetrators[position] ?? 0;
    const decade = index.decade[position] ?? UNKNOWN_DECADE;
    const passed = evidencePasses(category, rights, perpetrators, decade, compiled);
    const passCategory = (passed & PASSES.category) !== 0;
    const passRights = (passed & PASSES.rights) !== 0;
    const passPerpetrator = (passed & PASSES.perpetrator) !== 0;
    const passDecade = (passed & PASSES.decade) !== 0;
    if (passRights && passPerpetrator && passDecade) categories[category] = (categories[category] ?? 0) + 1;
    if (passCategory && passPerpetrator && passDecade) countBits(rights, rightsCounters);
    if (passCategory && passRights && passDecade) countBits(perpetrators, perpetratorCounters);
    if (passCategory && passRights && passPerpetrator) {
      if (decade === UNKNOWN_DECADE) unknownDate += 1;
      else decadeCounters[decade / 10] = (decadeCounters[decade / 10] ?? 0) + 1;
    }
    if (passCategory && passRights && passPerpetrator && passDecade) {
      perFacility[facility] = (perFacility[facility] ?? 0) + 1;
      total += 1;
    }
  }
  const byCategory = new Map<ViolationCategory, number>();
  VIOLATION_CATEGORIES.forEach((category, position) => {
    if (categories[position]) byCategory.set(category, categories[position] ?? 0);
  });
  const decades = new Map(index.decades.map((decade) => [decade, decadeCounters[decade / 10] ?? 0]));
  return {
    total,
    perFacility,
    byCategory,
    byRights: byCode(rightsCounters, TOP_LEVEL_CODES.rights),
    byPerpetrator: byCode(perpetratorCounters, TOP_LEVEL_CODES.perpetrator),
    byDecade: decadeBins(index.decades, decades),
    unknownDate,
  };
}

/** Every decade from the first to the last of `present`, each with its count (0 when absent). */
export function decadeBins(present: readonly number[], counts: ReadonlyMap<number, number>): DecadeBin[] {
  const first = present[0];
  const last = present[present.length - 1];
  if (first === undefined || last === undefined) return [];
  const bins: DecadeBin[] = [];
  for (let decade = first; decade <= last; decade += 10) bins.push({ decade, count: counts.get(decade) ?? 0 });
  return bins;
}

/** A facility's count in `counts` (0 for a facility without violations). */
export function facilityCount(index: EvidenceIndex, counts: EvidenceCounts, facilityId: string): number {
  const position = index.facilityIndex.get(facilityId);
  return position === undefined ? 0 : (counts.perFacility[position] ?? 0);
}
