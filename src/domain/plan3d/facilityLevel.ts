/**
 * What the viewer shows of the violations no room holds (known only at the facility, like every NKDB incident):
 * how many of each category and of each decade, and the case numbers their sources give — a summary and a paged
 * list rather than thousands of records or a cloud of pins on the roof.
 */
import { VIOLATION_CATEGORIES, type ViolationCategory } from '../enums';
import { datePrecisionOf } from '../dates';
import type { Source, Violation } from '../types';

/** Records shown per page of the list. */
export const FACILITY_LEVEL_PAGE_SIZE = 50;

export interface FacilityLevelSummary {
  /** Categories present, in the category list's order. */
  byCategory: { category: ViolationCategory; count: number }[];
  /** Decades present, earliest first (1990 = the 1990s); `decade: null` (date unknown) last. */
  byDecade: { decade: number | null; count: number }[];
}

/**
 * The decade a violation's date starts in, or null when its date is unknown. A range over several decades counts
 * once, in the decade it starts in.
 */
export function decadeOf(violation: Violation): number | null {
  if (datePrecisionOf(violation.date) === 'unknown') return null;
  const match = /^(\d{4})/.exec(violation.date.from ?? violation.date.to ?? '');
  return match ? Math.floor(Number(match[1]) / 10) * 10 : null;
}

export function facilityLevelSummary(violations: readonly Violation[]): FacilityLevelSummary {
  const categories = new Map<ViolationCategory, number>();
  const decades = new Map<number | null, number>();
  for (const violation of violations) {
    categories.set(violation.category, (categories.get(violation.category) ?? 0) + 1);
    const decade = decadeOf(violation);
    decades.set(decade, (decades.get(decade) ?? 0) + 1);
  }
  return {
    byCategory: VIOLATION_CATEGORIES.flatMap((category) => {
      const count = categories.get(category);
      return count ? [{ category, count }] : [];
    }),
    byDecade: [...decades]
      .map(([decade, count]) => ({ decade, count }))
      .sort((a, b) => (a.decade === null ? 1 : b.decade === null ? -1 : a.decade - b.decade)),
  };
}

/**
 * The case numbers of a violation: the locators of its references to databases (NKDB's case number is its
 * reference's locator). A report's or article's locator is a page or an address, not a case, and is not listed.
 */
export function caseNumbers(violation: Violation, sources: ReadonlyMap<string, Source>): string[] {
  return violation.sources.flatMap((reference) =>
    reference.locator !== undefined && reference.locator !== '' && sources.get(reference.sourceId)?.kind === 'database' ? [reference.locator] : [],
  );
}
