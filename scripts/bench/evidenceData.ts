/**
 * The evidence benchmark's SYNTHETIC violations, made at run time: `count` facility-level records spread unevenly
 * over the facilities (a few hold many, most hold a handful, some none), categories and decades (1960s–2010s)
 * drawn at random with some dates unknown, so a category or a decade leaves a real part of the facilities; and
 * what each filter step should show, worked out here independently of the app's code.
 */
import { VIOLATION_CATEGORIES, type ViolationCategory } from '../../src/domain/enums';
import { SYNTHETIC_SOURCE_ID, type SyntheticFacilityFeature } from '../../tests/fixtures/syntheticDataset';
import { seededRandom } from '../../tests/fixtures/seededRandom';

const DECADES = [1960, 1970, 1980, 1990, 2000, 2010] as const;

interface Record {
  facility: number;
  category: ViolationCategory;
  /** Null: an unknown date. */
  decade: number | null;
}


export interface EvidenceData {
  /** The violations file. */
  text: string;
  records: readonly Record[];
}

export function syntheticEvidence(facilities: readonly SyntheticFacilityFeature[], count: number): EvidenceData {
  const next = seededRandom(17);
  const records: Record[] = Array.from({ length: count }, () => ({
    // Squared: low-numbered facilities hold many records, high-numbered ones few or none.
    facility: Math.min(facilities.length - 1, Math.floor(next() ** 2 * facilities.length)),
    category: VIOLATION_CATEGORIES[Math.floor(next() * VIOLATION_CATEGORIES.length)] ?? 'other',
    decade: next() < 0.05 ? null : (DECADES[Math.floor(next() * DECADES.length)] ?? null),
  }));
  const features = records.map((record, index) => ({
    type: 'Feature',
    geometry: null,
    properties: {
      id: `SYNTHETIC-evidence-${index}`,
      facilityId: facilities[record.facility]?.properties.id,
      category: record.category,
      date: record.decade === null ? { precision: 'unknown' } : { from: String(record.decade + (index % 10)), precision: 'year' },
      summary: { en: `SYNTHETIC violation ${index}` },
      placement: 'facility_only',
      visibility: 'public',
      sources: [{ sourceId: SYNTHETIC_SOURCE_ID, locator: `SYNTHETIC case ${index}` }],
    },
  }));
  return { text: JSON.stringify({ type: 'FeatureCollection', schemaVersion: 2, features }), records };
}

export interface EvidenceStep {
  category: ViolationCategory | null;
  decade: number | null;
}

/** Each facility's count of records passing `step` (every record when both are null), by facility index. */
export function countsFor(data: EvidenceData, facilityCount: number, step: EvidenceStep): number[] {
  const counts = new Array<number>(facilityCount).fill(0);
  for (const record of data.records) {
    if (step.category !== null && record.category !== step.category) continue;
    if (step.decade !== null && record.decade !== step.decade) continue;
    counts[record.facility] = (counts[record.facility] ?? 0) + 1;
  }
  return counts;
}
