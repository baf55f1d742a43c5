/**
 * Facilities sourced by NKDB: the penal and security places in North Korea where NKDB records incidents and the
 * register has no counterpart (match-candidates rows without a facility). One facility per place; NKDB's second
 * entries of a name ("…-1") join the first. Name and point are NKDB's; the type is read from the label; the point
 * is approximate, and left out (the facility is counted on its province) when it is not this place's: another
 * NKDB place within SHARED_POINT_M (often a victim's house: NKDB reuses a point for a county's unplaced sites),
 * a point SOURCE.md shows to be wrong, or a point outside the province NKDB names.
 */
import { distance } from '@turf/turf';
import type { FacilityType } from '../enums';
import { provinceOf } from '../geo/provinceOf';
import { registerNameFor } from '../provinceNames';
import type { Facility, Province, SourceRef } from '../types';
import type { NkdbLocation } from './captureFiles';
import type { MatchCandidate } from './matchCandidates';
import { baseSlug, countryAbroad, isUnconfirmed, provinceOfSlug } from './placeKinds';
import { NOT_ADDED, POINT_KEPT, POINT_NOT_USED, SHARED_POINT_M } from './placeReview';

export const NKDB_FACILITY_PREFIX = 'nkdb-place-';

const TYPE_BY_PLACE_TYPE: Readonly<Record<string, FacilityType>> = {
  political_prison_camp: 'political_prison_camp',
  prison_reeducation_camp: 're_education_camp',
  holding_centre: 'holding_centre',
  detention_facility: 'detention_centre',
  // NKDB's "Labor Training Camp" is the county or city unit (nodong danryeondae) the register calls a centre.
  labour_training_camp: 'labour_training_centre',
  relief_station: 'relief_station',
  security_office: 'office',
};

export interface NkdbPlace {
  facility: Facility;
  /** The Visual Atlas slugs this facility stands for. */
  slugs: string[];
}

export interface NkdbPlacesInput {
  candidates: readonly MatchCandidate[];
  locations: ReadonlyMap<string, NkdbLocation>;
  provinces: readonly Province[];
  sourceId: string;
}

/** The agency NKDB's label names (MSS; MPS or police), or "" when it names none. */
function agencyOf(label: string): string {
  if (/\bMSS\b/.test(label)) return 'Ministry of State Security';
  if (/\bMPS\b|\bpolice\b/i.test(label)) return "Ministry of People's Security";
  return '';
}

/** Why NKDB's point cannot stand for this place, or undefined when it can. */
function pointProblem(location: NkdbLocation, province: string | undefined, input: NkdbPlacesInput): string | undefined {
  const known = POINT_NOT_USED[location.slug];
  if (known) return known;
  const here = [location.lng, location.lat];
  const shared = [...input.locations.values()].find(
    (other) =>
      baseSlug(other.slug) !== baseSlug(location.slug) && distance(here, [other.lng, other.lat], { units: 'meters' }) < SHARED_POINT_M,
  );
  if (shared && !POINT_KEPT[location.slug]) {
    return `another place NKDB records lies within ${SHARED_POINT_M} m of it, so it is a shared placeholder, not this place’s site`;
  }
  const lying = provinceOf(here, input.provinces);
  if (province && lying && registerNameFor(lying.name) !== province && !(province === 'Rason' && lying.name === 'North Hamgyong')) {
    return `it lies in ${registerNameFor(lying.name)}, not in ${province} where NKDB places it`;
  }
  return undefined;
}

function placeFacility(group: readonly MatchCandidate[], input: NkdbPlacesInput): NkdbPlace | undefined {
  const [first] = group;
  const location = first && input.locations.get(first.slug);
  if (!first || !location) return undefined;
  const pointFound = provinceOf([location.lng, location.lat], input.provinces);
  const province = provinceOfSlug(first.slug) ?? (pointFound ? registerNameFor(pointFound.name) : undefined);
  if (!province) return undefined;
  const problem = pointProblem(location, province, input);
  const kept = POINT_KEPT[first.slug];
  const labels = group.map((row) => input.locations.get(row.slug)?.label ?? row.label);
  const aliases = [...new Set(labels)].filter((label) => label !== location.label);
  const sources: SourceRef[] = group.map((row, index) => ({
    sourceId: input.sourceId,
    locator: row.slug,
    fields: { label: labels[index] ?? row.label, incidents: String(input.locations.get(row.slug)?.count ?? 0) },
  }));
  const notes = [
    "Not in the NKPD register: added from NKDB's Visual Atlas, which records incidents at this place.",
    ...(problem ? [`NKDB's point for this place is not used: ${problem}.`] : []),
    ...(kept ? [`NKDB's point is kept: ${kept}.`] : []),
  ];
  const facility: Facility = {
    id: `${NKDB_FACILITY_PREFIX}${baseSlug(first.slug)}`,
    name: { en: location.label },
    type: TYPE_BY_PLACE_TYPE[first.placeType] ?? 'other',
    agency: agencyOf(location.label),
    province,
    status: /\(Closed\)/i.test(location.label) ? 'closed' : 'unknown',
    precision: problem ? 'province' : 'approximate',
    sources,
    location: problem ? null : [location.lng, location.lat],
    ...(aliases.length > 0 ? { aliases } : {}),
    notes,
    ...(group.some((row) => isUnconfirmed(input.locations.get(row.slug) ?? row))
      ? {
          confirmation: {
            status: 'unconfirmed' as const,
            sourceId: input.sourceId,
            note: { en: 'NKDB labels this place "(Unconfirmed)".', ko: 'NKDB는 이 장소에 "(Unconfirmed)"(미확인) 표시를 했다.' },
          },
        }
      : {}),
  };
  return { facility, slugs: group.map((row) => row.slug) };
}

/** The places to add, in the candidates file's order; rows abroad, matched, or in NOT_ADDED are not places to add. */
export function nkdbPlaces(input: NkdbPlacesInput): NkdbPlace[] {
  const groups = new Map<string, MatchCandidate[]>();
  for (const row of input.candidates) {
    const location = input.locations.get(row.slug);
    if (row.confidence !== 'none' || NOT_ADDED[row.slug] || !location || countryAbroad(row.slug, location)) continue;
    const key = baseSlug(row.slug);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].flatMap((group) => placeFacility(group, input) ?? []);
}
