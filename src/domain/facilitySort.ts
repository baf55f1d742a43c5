/**
 * The orders a reader can give the facility list: by name, by type (the contract's order), by province, or by
 * violations (most first: the count the evidence filters leave).
 */
import { FACILITY_TYPES, LINKED_PLACE_KINDS } from './enums';
import type { Facility } from './types';

export const FACILITY_SORTS = ['name', 'type', 'province', 'violations'] as const;
export type FacilitySort = (typeof FACILITY_SORTS)[number];

/** How names and provinces read in the reader's language, and how that language orders text. */
export interface SortLabels {
  name: (facility: Facility) => string;
  province: (facility: Facility) => string;
  compare: (a: string, b: string) => number;
  /** A facility's violations, for the order by violations (none when absent). */
  violations?: (facility: Facility) => number;
}

/** Where a facility stands in the type order: penal types in the contract's order, then linked places by kind. */
function typeRank(facility: Facility): number {
  if (facility.role !== 'linked') return FACILITY_TYPES.indexOf(facility.type);
  return FACILITY_TYPES.length + LINKED_PLACE_KINDS.indexOf(facility.linkedKind ?? 'other');
}

/**
 * A sorted copy: within a type, a province or a number of violations, by name; equal names by id, so the order never depends on the
 * order the data came in.
 */
export function sortFacilities(facilities: readonly Facility[], sort: FacilitySort, labels: SortLabels): Facility[] {
  const keyed = facilities.map((facility) => ({
    facility,
    name: labels.name(facility),
    province: sort === 'province' ? labels.province(facility) : '',
    violations: sort === 'violations' ? (labels.violations?.(facility) ?? 0) : 0,
  }));
  const byName = (a: (typeof keyed)[number], b: (typeof keyed)[number]) =>
    labels.compare(a.name, b.name) || (a.facility.id < b.facility.id ? -1 : a.facility.id > b.facility.id ? 1 : 0);
  keyed.sort((a, b) => {
    if (sort === 'type') return typeRank(a.facility) - typeRank(b.facility) || byName(a, b);
    if (sort === 'province') return labels.compare(a.province, b.province) || byName(a, b);
    if (sort === 'violations') return b.violations - a.violations || byName(a, b);
    return byName(a, b);
  });
  return keyed.map((entry) => entry.facility);
}

/**
 * The facilities of `subset` in the order of `sorted`, which holds them all: a filter change keeps the order the
 * whole list was given once, instead of sorting again (the same order, since ties are broken by id).
 */
export function inSortedOrder(sorted: readonly Facility[], subset: readonly Facility[]): readonly Facility[] {
  if (subset.length === sorted.length) return sorted;
  const kept = new Set(subset);
  return sorted.filter((facility) => kept.has(facility));
}
