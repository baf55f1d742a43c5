/**
 * What the About page discloses, from the loaded dataset: which records were merged (the register's entities that
 * took in a supplementary record, the kyohwaso duplicates among them), which points are doubtful and why, the
 * province checks those records disclose, the unconfirmed sites, and what each import left out.
 */
import type { Problem } from './problems';
import type { Facility, ImportReport, LocalizedText } from './types';
import { DISCLOSED_PROVINCE_MISMATCH } from './validation/facilityPlace';

/** How the register import words a merge in a record's notes (src/domain/register/mergeSupplement.ts). */
const MERGE_NOTE = /^Merged with supplementary record (\S+?)(?=[\s,;(]|$)/;

export interface MergedRecord {
  facility: Facility;
  /** The supplementary record's id. */
  mergedId: string;
  /** The note, as the import wrote it (how it was matched). */
  note: string;
}

export interface DoubtfulPoint {
  facility: Facility;
  reason: LocalizedText;
}

export interface AboutData {
  merged: MergedRecord[];
  doubtfulPoints: DoubtfulPoint[];
  /** The warnings the load gave for province mismatches a record discloses. */
  disclosedWarnings: Problem[];
  unconfirmed: Facility[];
  imports: readonly ImportReport[];
}

export function aboutData(facilities: readonly Facility[], problems: readonly Problem[], imports: readonly ImportReport[] = []): AboutData {
  const merged: MergedRecord[] = [];
  for (const facility of facilities) {
    for (const note of facility.notes ?? []) {
      const match = MERGE_NOTE.exec(note);
      if (match?.[1]) merged.push({ facility, mergedId: match[1], note });
    }
  }
  return {
    merged,
    doubtfulPoints: facilities.flatMap((facility) => (facility.locationDoubt ? [{ facility, reason: facility.locationDoubt.reason }] : [])),
    disclosedWarnings: problems.filter((problem) => problem.code === DISCLOSED_PROVINCE_MISMATCH),
    unconfirmed: facilities.filter((facility) => facility.confirmation?.status === 'unconfirmed'),
    imports,
  };
}

/** Left-out counts of an import, largest first, and their sum. */
export function leftOutByReason(report: ImportReport): { reasons: { reason: string; count: number }[]; total: number } {
  const reasons = Object.entries(report.leftOut)
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  return { reasons, total: reasons.reduce((sum, entry) => sum + entry.count, 0) };
}
