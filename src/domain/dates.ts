/** Dates of the contract: partial ISO strings ("2019", "2019-01", "2019-01-31") and how precisely they are known. */
import type { DatePrecision } from './enums';
import type { DateRange } from './types';

const PRECISION_BY_LENGTH: Readonly<Record<number, DatePrecision>> = { 4: 'year', 7: 'month', 10: 'day' };

/** The precision a range states, or the one its strings imply: the coarser of its two ends; "unknown" without any. */
export function datePrecisionOf(range: DateRange): DatePrecision {
  if (range.precision) return range.precision;
  const ends = [range.from, range.to].filter((end): end is string => end !== undefined);
  if (ends.length === 0) return 'unknown';
  const lengths = ends.map((end) => end.length);
  return PRECISION_BY_LENGTH[Math.min(...lengths)] ?? 'unknown';
}

/** The range a decade covers: 1990 → 1990–1999. */
export function decadeRange(firstYear: number): DateRange {
  return { from: String(firstYear), to: String(firstYear + 9), precision: 'decade' };
}

/**
 * Why a stated precision does not fit the range, or null when it does: a decade runs from a year ending in 0 to
 * the year nine later, an unknown date has no ends, and a year, month or day has ends written to that precision.
 */
export function precisionMismatch(range: DateRange): string | null {
  const { from, to, precision } = range;
  if (precision === undefined) return null;
  if (precision === 'unknown') return from === undefined && to === undefined ? null : 'an unknown date has no "from" or "to"';
  if (precision === 'decade') {
    const start = Number(from);
    const fits = from?.length === 4 && to?.length === 4 && start % 10 === 0 && Number(to) === start + 9;
    return fits ? null : 'a decade runs from a year ending in 0 to the year nine later, e.g. "1990" to "1999"';
  }
  const length = { year: 4, month: 7, day: 10 }[precision];
  const ends = [from, to].filter((end): end is string => end !== undefined);
  if (ends.length === 0) return `a date known to the ${precision} needs "from" or "to"`;
  return ends.every((end) => end.length === length) ? null : `a date known to the ${precision} is written with ${length} characters`;
}
