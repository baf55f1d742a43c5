/** The decade a violation's date falls in, for histograms and the time filter. */
import type { DateRange } from '../types';

/**
 * The first year of the decade a date range starts in (1990 for "1990"–"1999", 2010 for "2019-01"), or null when
 * the range has no start ("unknown date"; "before 1950", a range with only an end, is not placed in a decade we
 * cannot name). A range reaching into a later decade is counted in the decade it starts in.
 */
export function decadeOf(date: DateRange): number | null {
  const match = /^(\d{4})/.exec(date.from ?? '');
  if (!match) return null;
  return Math.floor(Number(match[1]) / 10) * 10;
}
