/** The figures the import prints, so a re-import on a newer register can be compared with the last one. */
import { FACILITY_TYPES, type FacilityType } from '../enums';
import type { Facility } from '../types';

export interface ImportSummary {
  facilities: number;
  located: number;
  unlocated: number;
  /** Every type in contract order, zeros included, so two summaries line up. */
  byType: Record<FacilityType, number>;
  registerEntities: number;
  /** Supplement records merged into a register entity. */
  merged: number;
  supplementOnly: number;
  sources: number;
  /** Rows or records reported and skipped. */
  skipped: number;
}

export interface SummaryCounts {
  registerEntities: number;
  merged: number;
  supplementOnly: number;
  sources: number;
  skipped: number;
}

export function summariseImport(facilities: readonly Facility[], counts: SummaryCounts): ImportSummary {
  const byType = Object.fromEntries(FACILITY_TYPES.map((type) => [type, 0])) as Record<FacilityType, number>;
  for (const facility of facilities) byType[facility.type] += 1;
  const located = facilities.filter((facility) => facility.location !== null).length;
  return { facilities: facilities.length, located, unlocated: facilities.length - located, byType, ...counts };
}

/** Lines for a terminal. */
export function summaryLines(summary: ImportSummary): string[] {
  const types = FACILITY_TYPES.filter((type) => summary.byType[type] > 0).map(
    (type) => `${type} ${summary.byType[type]}`,
  );
  const skipped = summary.skipped > 0 ? `; skipped rows/records: ${summary.skipped}` : '';
  return [
    `facilities: ${summary.facilities} (located ${summary.located}, unlocated ${summary.unlocated})`,
    `register entities: ${summary.registerEntities}; supplement merged: ${summary.merged}; ` +
      `supplement-only: ${summary.supplementOnly}`,
    `by type: ${types.join(', ')}`,
    `sources: ${summary.sources}${skipped}`,
  ];
}
