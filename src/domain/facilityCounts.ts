/**
 * Counts shown beside the list: by type, by province split into located and unlocated facilities, penal facilities
 * apart from linked places (register entities that are not places of detention), and the points a reader should
 * doubt; and the figures a count text sets them beside, each with its source.
 */
import { FACILITY_TYPES, type FacilityType } from './enums';
import type { Facility, PublishedFigure, RegisterInfo } from './types';

export interface ProvinceCount {
  province: string;
  located: number;
  unlocated: number;
}

export interface FacilityCounts {
  total: number;
  located: number;
  unlocated: number;
  /** Places of detention (no role, or role "penal"). */
  penal: number;
  /** Register entities that are not places of detention (a hospital, a court, …). */
  linked: number;
  /** Points that contradict their record (locationDoubt). */
  doubtfulPoints: number;
  /** Sites a source says are not yet confirmed. */
  unconfirmed: number;
  /** Facilities with a Korean name (each cited); the rest have no Korean form in any source read. */
  withKoreanName: number;
  byType: { type: FacilityType; count: number }[];
  byProvince: ProvinceCount[];
}

export function isLinkedPlace(facility: Facility): boolean {
  return facility.role === 'linked';
}

/** Types in contract order with zero counts left out; provinces by total, largest first, then by name. */
export function countFacilities(facilities: readonly Facility[]): FacilityCounts {
  const byType = new Map<FacilityType, number>();
  const byProvince = new Map<string, ProvinceCount>();
  let located = 0;
  let linked = 0;
  let doubtfulPoints = 0;
  let unconfirmed = 0;
  let withKoreanName = 0;
  for (const facility of facilities) {
    const isLocated = facility.location !== null;
    if (isLocated) located += 1;
    if (isLinkedPlace(facility)) linked += 1;
    if (isLocated && facility.locationDoubt) doubtfulPoints += 1;
    if (facility.confirmation?.status === 'unconfirmed') unconfirmed += 1;
    if (facility.name.ko) withKoreanName += 1;
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
    penal: facilities.length - linked,
    linked,
    doubtfulPoints,
    unconfirmed,
    withKoreanName,
    byType: FACILITY_TYPES.filter((type) => byType.has(type)).map((type) => ({ type, count: byType.get(type) ?? 0 })),
    byProvince: [...byProvince.values()].sort(
      (a, b) => b.located + b.unlocated - (a.located + a.unlocated) || a.province.localeCompare(b.province),
    ),
  };
}

/** What a count text needs: the app's own figures and the register's, each figure with its source. */
export interface CountFigures {
  /** Facilities the app shows (all roles). */
  shown: number;
  penal: number;
  linked: number;
  /** Entities in the register capture, when the dataset says which capture it is. */
  register?: { entities: number; capturedAt: string; sourceId?: string };
  /** Counts the register's publisher gave, oldest first. */
  published: readonly PublishedFigure[];
}

export function countFigures(facilities: readonly Facility[], register: RegisterInfo | undefined): CountFigures {
  const linked = facilities.filter(isLinkedPlace).length;
  return {
    shown: facilities.length,
    penal: facilities.length - linked,
    linked,
    ...(register
      ? { register: { entities: register.entities, capturedAt: register.capturedAt, ...(register.sourceId ? { sourceId: register.sourceId } : {}) } }
      : {}),
    published: [...(register?.figures ?? [])].sort((a, b) => a.date.localeCompare(b.date)),
  };
}
