/** Filtering facilities: pure, so the list, the counts and the map all follow one definition. */
import type { FacilityStatus, FacilityType, Precision } from './enums';
import type { Facility } from './types';

export interface FacilityFilter {
  /** Free text matched against English and Korean names, aliases and ids (NKPD id included). */
  text: string;
  /** Each list restricts to its values; an empty list restricts nothing. */
  types: FacilityType[];
  agencies: string[];
  provinces: string[];
  statuses: FacilityStatus[];
  precisions: Precision[];
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

// Records are immutable, so each one's folded text is computed once and kept while the record lives.
const searchableCache = new WeakMap<Facility, string>();

function searchableText(facility: Facility): string {
  let text = searchableCache.get(facility);
  if (text === undefined) {
    text = foldText(
      [facility.id, facility.nkpdId, facility.name.en, facility.name.ko, ...(facility.aliases ?? [])]
        .filter(Boolean)
        .join(' \u0000 '),
    );
    searchableCache.set(facility, text);
  }
  return text;
}

function allows<T>(values: readonly T[], value: T): boolean {
  return values.length === 0 || values.includes(value);
}

function matches(facility: Facility, filter: FacilityFilter, needle: string): boolean {
  return (
    allows(filter.types, facility.type) &&
    allows(filter.agencies, facility.agency) &&
    allows(filter.provinces, facility.province) &&
    allows(filter.statuses, facility.status) &&
    allows(filter.precisions, facility.precision) &&
    (needle === '' || searchableText(facility).includes(needle))
  );
}

export function filterFacilities(facilities: readonly Facility[], filter: FacilityFilter): Facility[] {
  const needle = foldText(filter.text);
  return facilities.filter((facility) => matches(facility, filter, needle));
}

export function isEmptyFilter(filter: FacilityFilter): boolean {
  return (
    filter.text.trim() === '' &&
    [filter.types, filter.agencies, filter.provinces, filter.statuses, filter.precisions].every((list) => list.length === 0)
  );
}
