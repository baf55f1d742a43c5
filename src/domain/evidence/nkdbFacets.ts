/** NKDB's codes of a violation gathered under their top-level code: the rights and perpetrator types a filter offers. */
import { NKDB_PERPETRATORS, NKDB_RIGHTS, NKDB_SCHEME_ID, nkdbEntry } from '../classification/nkdbVisualAtlas';
import type { Violation } from '../types';

export type NkdbFilterFacet = 'rights' | 'perpetrator';

/** NKDB's top-level codes, in NKDB's order: 16 rights, 3 perpetrator types. */
export const TOP_LEVEL_CODES: Readonly<Record<NkdbFilterFacet, readonly string[]>> = {
  rights: NKDB_RIGHTS.filter((entry) => entry.heading === undefined).map((entry) => entry.code),
  perpetrator: NKDB_PERPETRATORS.filter((entry) => entry.heading === undefined).map((entry) => entry.code),
};

/** Each code of a facet (top-level or under one) → the bit of its top-level code in TOP_LEVEL_CODES. */
const BIT_OF: Readonly<Record<NkdbFilterFacet, ReadonlyMap<string, number>>> = {
  rights: bitsOf('rights', NKDB_RIGHTS),
  perpetrator: bitsOf('perpetrator', NKDB_PERPETRATORS),
};

function bitsOf(facet: NkdbFilterFacet, entries: readonly { code: string; heading?: string }[]): Map<string, number> {
  const bits = new Map<string, number>();
  for (const entry of entries) {
    const bit = TOP_LEVEL_CODES[facet].indexOf(entry.heading ?? entry.code);
    if (bit >= 0) bits.set(entry.code, (1 << bit) >>> 0);
  }
  return bits;
}

/** The top-level codes of a violation as a bit mask over TOP_LEVEL_CODES[facet] (0 when not coded by NKDB). */
export function topLevelMask(violation: Violation, facet: NkdbFilterFacet): number {
  if (violation.classification?.scheme !== NKDB_SCHEME_ID) return 0;
  let mask = 0;
  for (const code of violation.classification.codes[facet] ?? []) mask |= BIT_OF[facet].get(code) ?? 0;
  return mask >>> 0;
}

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
