/** NKDB's codes of a violation gathered under their top-level code: the rights and perpetrator types a filter offers. */
import { NKDB_PERPETRATORS, NKDB_RIGHTS, NKDB_SCHEME_ID, nkdbEntry } from '../classification/nkdbVisualAtlas';
import type { Violation } from '../types';

export type NkdbFilterFacet = 'rights' | 'perpetrator';

/** NKDB's top-level codes, in NKDB's order: 16 rights, 3 perpetrator types. */
export const TOP_LEVEL_CODES: Readonly<Record<NkdbFilterFacet, readonly string[]>> = {
  rights: NKDB_RIGHTS.filter((entry) => entry.heading === undefined).map((entry) => entry.code),
  perpetrator: NKDB_PERPETRATORS.filter((entry) => entry.heading === undefined).map((entry) => entry.code),
};

/** The top-level codes a violation's NKDB codes fall under (none for a violation not coded by NKDB). */
export function topLevelCodes(violation: Violation, facet: NkdbFilterFacet): string[] {
  if (violation.classification?.scheme !== NKDB_SCHEME_ID) return [];
  const codes = violation.classification.codes[facet] ?? [];
  const tops = new Set<string>();
  for (const code of codes) {
    const heading = nkdbEntry(facet, code)?.heading ?? code;
    if (TOP_LEVEL_CODES[facet].includes(heading)) tops.add(heading);
  }
  return TOP_LEVEL_CODES[facet].filter((code) => tops.has(code));
}
