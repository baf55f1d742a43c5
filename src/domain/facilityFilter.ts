/** Filtering facilities: pure, so the list, the counts and the map all follow one definition. */
import type { FacilityStatus, FacilityType, PlaceRole, Precision } from './enums';
import { spellingKey } from './search/spellingKey';
import type { Facility } from './types';

/** A facility's confirmation as a filter sees it: "none" when no source says either way. */
export const CONFIRMATION_FILTER_VALUES = ['confirmed', 'unconfirmed', 'none'] as const;
export type ConfirmationFilterValue = (typeof CONFIRMATION_FILTER_VALUES)[number];
/** Whether a facility's point is doubtful (it contradicts the record), sound, or absent. */
export const POINT_DOUBT_FILTER_VALUES = ['doubtful', 'sound', 'none'] as const;
export type PointDoubtFilterValue = (typeof POINT_DOUBT_FILTER_VALUES)[number];

export interface FacilityFilter {
  /**
   * Free text matched against English and Korean names, aliases and ids (NKPD id included), in Hangul, Revised
   * Romanization or McCune–Reischauer spelling alike ("온성", "Onseong" and "Onsong" find the same places).
   */
  text: string;
  /** Each list restricts to its values; an empty list restricts nothing. */
  types: FacilityType[];
  agencies: string[];
  provinces: string[];
  statuses: FacilityStatus[];
  precisions: Precision[];
  /** Penal facilities, linked places (absent role = penal). */
  roles?: PlaceRole[];
  confirmations?: ConfirmationFilterValue[];
  pointDoubts?: PointDoubtFilterValue[];
}

export const EMPTY_FILTER: FacilityFilter = Object.freeze({
  text: '',
  types: [],
  agencies: [],
  provinces: [],
  statuses: [],
  precisions: [],
}) as FacilityFilter;

/** Lower-cases and folds curly apostrophes and repeated spaces, so "People’s" finds "People's". */
export function foldText(text: string): string {
  return text.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

interface SearchText {
  /** Folded text, for ids and exact Hangul. */
  plain: string;
  /** spellingKey of the same text: RR, MR and Hangul spellings alike. */
  spelling: string;
}

// Records are immutable, so each one's search text is computed once and kept while the record lives: a keystroke
// then costs two includes() per facility (10,000 facilities stay fast).
const searchableCache = new WeakMap<Facility, SearchText>();

function searchableText(facility: Facility): SearchText {
  let text = searchableCache.get(facility);
  if (text === undefined) {
    const parts = [facility.id, facility.nkpdId, facility.name.en, facility.name.ko, ...(facility.aliases ?? [])].filter(Boolean);
    text = { plain: foldText(parts.join(' \u0000 ')), spelling: parts.map((part) => spellingKey(part ?? '')).join('\u0000') };
    searchableCache.set(facility, text);
  }
  return text;
}

/**
 * Computes every facility's search text now rather than at the first keystroke (call it once after loading, when idle):
 * romanising Korean names is the costly part.
 */
export function prepareSearch(facilities: readonly Facility[]): void {
  for (const facility of facilities) searchableText(facility);
}

interface Needle {
  plain: string;
  spelling: string;
}

function needleOf(text: string): Needle {
  return { plain: foldText(text), spelling: spellingKey(text) };
}

function matchesText(facility: Facility, needle: Needle): boolean {
  if (needle.plain === '') return true;
  const haystack = searchableText(facility);
  return haystack.plain.includes(needle.plain) || (needle.spelling !== '' && haystack.spelling.includes(needle.spelling));
}

/** What the confirmation filter sees of a facility. */
export function confirmationOf(facility: Facility): ConfirmationFilterValue {
  return facility.confirmation?.status ?? 'none';
}

/** What the point doubt filter sees of a facility. */
export function pointDoubtOf(facility: Facility): PointDoubtFilterValue {
  if (facility.location === null) return 'none';
  return facility.locationDoubt ? 'doubtful' : 'sound';
}

function allows<T>(values: readonly T[], value: T): boolean {
  return values.length === 0 || values.includes(value);
}

function matches(facility: Facility, filter: FacilityFilter, needle: Needle): boolean {
  return (
    allows(filter.types, facility.type) &&
    allows(filter.agencies, facility.agency) &&
    allows(filter.provinces, facility.province) &&
    allows(filter.statuses, facility.status) &&
    allows(filter.precisions, facility.precision) &&
    allows(filter.roles ?? [], facility.role ?? 'penal') &&
    allows(filter.confirmations ?? [], confirmationOf(facility)) &&
    allows(filter.pointDoubts ?? [], pointDoubtOf(facility)) &&
    matchesText(facility, needle)
  );
}

export function filterFacilities(facilities: readonly Facility[], filter: FacilityFilter): Facility[] {
  const needle = needleOf(filter.text);
  return facilities.filter((facility) => matches(facility, filter, needle));
}

export function isEmptyFilter(filter: FacilityFilter): boolean {
  const lists = [filter.types, filter.agencies, filter.provinces, filter.statuses, filter.precisions];
  const optional = [filter.roles, filter.confirmations, filter.pointDoubts];
  return filter.text.trim() === '' && [...lists, ...optional].every((list) => (list ?? []).length === 0);
}
