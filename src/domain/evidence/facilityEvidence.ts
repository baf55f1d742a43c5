/** One facility's record of violations as its card shows it: counts by category and by decade, and one row each. */
import { NKDB_SCHEME_ID, nkdbEntry, type NkdbFacet } from '../classification/nkdbVisualAtlas';
import { VIOLATION_CATEGORIES, type ViolationCategory } from '../enums';
import type { Violation } from '../types';
import { isWebUrl } from '../webUrl';
import { decadeBins, type DecadeBin } from './evidenceCounts';
import { decadeOf } from './violationDecade';

export interface FacilityEvidence {
  total: number;
  /** Categories with at least one violation, in the contract's order. */
  byCategory: { category: ViolationCategory; count: number }[];
  /** Every decade from the facility's first to its last, empty ones included. */
  byDecade: DecadeBin[];
  unknownDate: number;
  /** The sources the violations cite, each with how many cite it, most cited first. */
  sources: { sourceId: string; count: number }[];
}

export function facilityEvidence(violations: readonly Violation[]): FacilityEvidence {
  const categories = new Map<ViolationCategory, number>();
  const decades = new Map<number, number>();
  const sources = new Map<string, number>();
  let unknownDate = 0;
  for (const violation of violations) {
    categories.set(violation.category, (categories.get(violation.category) ?? 0) + 1);
    const decade = decadeOf(violation.date);
    if (decade === null) unknownDate += 1;
    else decades.set(decade, (decades.get(decade) ?? 0) + 1);
    for (const sourceId of new Set(violation.sources.map((reference) => reference.sourceId))) sources.set(sourceId, (sources.get(sourceId) ?? 0) + 1);
  }
  return {
    total: violations.length,
    byCategory: VIOLATION_CATEGORIES.filter((category) => categories.has(category)).map((category) => ({ category, count: categories.get(category) ?? 0 })),
    byDecade: decadeBins([...decades.keys()].sort((a, b) => a - b), decades),
    unknownDate,
    sources: [...sources].map(([sourceId, count]) => ({ sourceId, count })).sort((a, b) => b.count - a.count || a.sourceId.localeCompare(b.sourceId)),
  };
}

/** A label of an NKDB code in a language, saying whose words it is (NKDB's own English, or our reading). */
export interface CodeLabel {
  code: string;
  text: string;
  ours: boolean;
}

export interface ViolationRow {
  id: string;
  /** The record's number in its source (NKDB's case number): the first locator that is not a web address. */
  caseNumber: string | null;
  category: ViolationCategory;
  rights: CodeLabel[];
  perpetrators: CodeLabel[];
  /** First year of the decade, or null for an unknown date. */
  decade: number | null;
}

function labels(violation: Violation, facet: NkdbFacet, language: string): CodeLabel[] {
  if (violation.classification?.scheme !== NKDB_SCHEME_ID) return [];
  return (violation.classification.codes[facet] ?? []).map((code) => {
    const entry = nkdbEntry(facet, code);
    if (!entry) return { code, text: code, ours: false };
    return language === 'ko' ? { code, text: entry.ko, ours: true } : { code, text: entry.en, ours: entry.labelBy === 'our-reading' };
  });
}

export function violationRow(violation: Violation, language: string): ViolationRow {
  const numbered = violation.sources.find((reference) => reference.locator && !isWebUrl(reference.locator));
  return {
    id: violation.id,
    caseNumber: numbered?.locator ?? null,
    category: violation.category,
    rights: labels(violation, 'rights', language),
    perpetrators: labels(violation, 'perpetrator', language),
    decade: decadeOf(violation.date),
  };
}
