/**
 * For every place an incident may name: the facility its incidents become violations of, with the basis of the
 * match, or the reason they are left out. Decided once per place, in this order: abroad; a penal or security place
 * of match-candidates.tsv (high → used; medium → as reviewed; low → never; no counterpart → the facility added from
 * NKDB, if any); any other place (a house, a place NKDB does not identify, a market, field, school …) → left out.
 */
import type { NkdbLocation } from './captureFiles';
import type { MatchCandidate } from './matchCandidates';
import { MEDIUM_REVIEW } from './mediumReview';
import { countryAbroad, otherPlaceKind } from './placeKinds';

/** Why incidents were left out; stable codes, counted in the report and shown by the About page. */
export const LEAVE_OUT_REASONS = [
  'no_location',
  'outside_north_korea',
  'private_house',
  'unidentified_place',
  'other_place',
  'unknown_place',
  'unmatched_place',
  'low_match',
  'rejected_match',
  'unreviewed_match',
  'missing_facility',
  'unreadable_record',
] as const;
export type LeaveOutReason = (typeof LEAVE_OUT_REASONS)[number];

/** How a used place was tied to its facility. */
export type MatchKind = 'high' | 'medium' | 'added';

export type PlaceDecision =
  | { use: true; facilityId: string; via: MatchKind; basis: string; label: string }
  | { use: false; reason: LeaveOutReason };

export interface PlaceDecisionInput {
  locations: ReadonlyMap<string, NkdbLocation>;
  candidates: readonly MatchCandidate[];
  /** Candidate facility id → the facility holding it now, or undefined when it is gone. */
  resolveFacility: (id: string) => string | undefined;
  /** Slug → id of the facility added from NKDB for it. */
  addedFacilities: ReadonlyMap<string, string>;
}

function candidateDecision(row: MatchCandidate, label: string, input: PlaceDecisionInput): PlaceDecision {
  if (row.confidence === 'none') {
    const added = input.addedFacilities.get(row.slug);
    return added ? { use: true, facilityId: added, via: 'added', basis: 'no counterpart in the register; facility added from NKDB', label } : { use: false, reason: 'unmatched_place' };
  }
  if (row.confidence === 'low') return { use: false, reason: 'low_match' };
  let basis = row.basis;
  if (row.confidence === 'medium') {
    const review = MEDIUM_REVIEW[row.slug];
    if (!review) return { use: false, reason: 'unreviewed_match' };
    if (!review.use) return { use: false, reason: 'rejected_match' };
    basis = review.basis;
  }
  const facilityId = row.facilityId === undefined ? undefined : input.resolveFacility(row.facilityId);
  if (facilityId === undefined) return { use: false, reason: 'missing_facility' };
  if (facilityId !== row.facilityId) basis = `${basis} (proposed as ${row.facilityId}, since merged into ${facilityId})`;
  return { use: true, facilityId, via: row.confidence, basis, label };
}

/** Slug → decision for every place of locations.json and of the candidates file. */
export function decidePlaces(input: PlaceDecisionInput): Map<string, PlaceDecision> {
  const candidates = new Map(input.candidates.map((row) => [row.slug, row]));
  const slugs = new Set([...input.locations.keys(), ...candidates.keys()]);
  const decisions = new Map<string, PlaceDecision>();
  for (const slug of slugs) {
    const location = input.locations.get(slug);
    const row = candidates.get(slug);
    const label = location?.label ?? row?.label ?? slug;
    if (countryAbroad(slug, location)) decisions.set(slug, { use: false, reason: 'outside_north_korea' });
    else if (row) decisions.set(slug, candidateDecision(row, label, input));
    else decisions.set(slug, { use: false, reason: otherPlaceKind(label) });
  }
  return decisions;
}

/** The decision for an incident's place: none named, a place neither file knows (abroad by its slug, or unknown), or the place's. */
export function incidentPlaceDecision(slug: string | undefined, decisions: ReadonlyMap<string, PlaceDecision>): PlaceDecision {
  if (slug === undefined) return { use: false, reason: 'no_location' };
  const decided = decisions.get(slug);
  if (decided) return decided;
  return { use: false, reason: countryAbroad(slug) ? 'outside_north_korea' : 'unknown_place' };
}
