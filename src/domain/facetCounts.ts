/**
 * How many facilities each filter value would show, given the search text and the other facets: the counts
 * beside the filter's checkboxes follow what the reader typed, as the list and the map do.
 */
import { confirmationOf, filterFacilities, pointDoubtOf, type FacilityFilter } from './facilityFilter';
import type { Facility } from './types';

/** In the order the filter panel lists them. */
export const FACETS = ['types', 'roles', 'confirmations', 'pointDoubts', 'agencies', 'provinces', 'statuses', 'precisions'] as const;
export type Facet = (typeof FACETS)[number];

const FIELD: Record<Facet, (facility: Facility) => string> = {
  types: (facility) => facility.type,
  agencies: (facility) => facility.agency,
  provinces: (facility) => facility.province,
  statuses: (facility) => facility.status,
  precisions: (facility) => facility.precision,
  roles: (facility) => facility.role ?? 'penal',
  confirmations: confirmationOf,
  pointDoubts: pointDoubtOf,
};

/** The value a facility carries for a facet. */
export function facetValue(facility: Facility, facet: Facet): string {
  return FIELD[facet](facility);
}

/**
 * For each facet, the count of each value among the facilities that pass the search text and every other facet
 * (a facet does not narrow its own counts, so ticking "Office" still shows how many "Detention centre" would add).
 * Values no such facility carries are absent (read them as 0).
 */
export function facetCounts(facilities: readonly Facility[], filter: FacilityFilter): Record<Facet, Map<string, number>> {
  const counts = {} as Record<Facet, Map<string, number>>;
  for (const facet of FACETS) {
    const byValue = new Map<string, number>();
    for (const facility of filterFacilities(facilities, { ...filter, [facet]: [] })) {
      const value = FIELD[facet](facility);
      byValue.set(value, (byValue.get(value) ?? 0) + 1);
    }
    counts[facet] = byValue;
  }
  return counts;
}
