/** Counts shown beside the list: by type, and by province split into located and unlocated facilities. */
import { FACILITY_TYPES, type FacilityType } from './enums';
import type { Facility } from './types';

export interface ProvinceCount {
  province: string;
  located: number;
  unlocated: number;
}

export interface FacilityCounts {
  total: number;
  located: number;
  unlocated: number;
  byType: { type: FacilityType; count: number }[];
  byProvince: ProvinceCount[];
}

/** Types in contract order with zero counts left out; provinces by total, largest first, then by name. */
export function countFacilities(facilities: readonly Facility[]): FacilityCounts {
  const byType = new Map<FacilityType, number>();
  const byProvince = new Map<string, ProvinceCount>();
  let located = 0;
  for (const facility of facilities) {
    const isLocated = facility.location !== null;
    if (isLocated) located += 1;
    byType.set(facility.type, (byType.get(facility.type) ?? 0) + 1);
    const province = facility.province.trim() || '?';
    const entry = byProvince.get(province) ?? { province, located: 0, unlocated: 0 };
    if (isLocated) entry.located += 1;
    else entry.unlocated += 1;
    byProvince.set(province, entry);
  }
  return {
    total: facilities.length,
    located,
    unlocated: facilities.length - located,
    byType: FACILITY_TYPES.filter((type) => byType.has(type)).map((type) => ({ type, count: byType.get(type) ?? 0 })),
    byProvince: [...byProvince.values()].sort(
      (a, b) => b.located + b.unlocated - (a.located + a.unlocated) || a.province.localeCompare(b.province),
    ),
  };
}
