/**
 * The violation filters of the map page: our categories, NKDB's rights and perpetrator types (their top-level
 * codes), and a range of decades. A facility passes once any of them is set only when at least one of its
 * violations passes all of them.
 */
import type { ViolationCategory } from '../enums';

/** Inclusive range of decades by their first years (1990–2000 covers the 1990s and the 2000s). */
export interface DecadeRange {
  from: number;
  to: number;
}

export interface EvidenceFilter {
  /** Each list restricts to its values; an empty list restricts nothing. */
  categories: ViolationCategory[];
  /** NKDB's top-level rights codes (a violation coded under a right's sub-code counts for the right). */
  rights: string[];
  /** NKDB's top-level perpetrator types. */
  perpetrators: string[];
  /** Null restricts nothing; a range leaves out violations with an unknown date. */
  decades: DecadeRange | null;
}

export const EMPTY_EVIDENCE: EvidenceFilter = Object.freeze({ categories: [], rights: [], perpetrators: [], decades: null }) as EvidenceFilter;

export function isEmptyEvidence(filter: EvidenceFilter): boolean {
  return filter.categories.length === 0 && filter.rights.length === 0 && filter.perpetrators.length === 0 && filter.decades === null;
}

/** How many parts of the filter are set (a decade range counts once). */
export function activeEvidenceParts(filter: EvidenceFilter): number {
  return filter.categories.length + filter.rights.length + filter.perpetrators.length + (filter.decades ? 1 : 0);
}

/** "1990-2000": the 1990s and the 2000s; anything else (a year not starting a decade, a reversed range) is null. */
export function parseDecadeRange(text: string | null): DecadeRange | null {
  const match = /^(\d{4})-(\d{4})$/.exec(text ?? '');
  if (!match) return null;
  const from = Number(match[1]);
  const to = Number(match[2]);
  return from % 10 === 0 && to % 10 === 0 && from <= to ? { from, to } : null;
}
