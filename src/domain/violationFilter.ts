/** Which violations the viewer shows: by category, and by a range of years their dates overlap. */
import type { ViolationCategory } from './enums';
import type { Violation } from './types';

export interface ViolationFilter {
  /** Empty shows every category. */
  categories: ViolationCategory[];
  fromYear: number | null;
  toYear: number | null;
}

export const ALL_VIOLATIONS: ViolationFilter = Object.freeze({ categories: [], fromYear: null, toYear: null }) as ViolationFilter;

function year(date: string | undefined): number | null {
  const match = /^(\d{4})/.exec(date ?? '');
  return match ? Number(match[1]) : null;
}

/** A violation with no date at all is kept: hiding it would hide what we do not know, not what we know. */
function overlaps(violation: Violation, filter: ViolationFilter): boolean {
  const start = year(violation.date.from) ?? year(violation.date.to);
  const end = year(violation.date.to) ?? start;
  if (start === null || end === null) return true;
  return (filter.fromYear === null || end >= filter.fromYear) && (filter.toYear === null || start <= filter.toYear);
}

export function filterViolations(violations: readonly Violation[], filter: ViolationFilter): Violation[] {
  return violations.filter(
    (violation) =>
      (filter.categories.length === 0 || filter.categories.includes(violation.category)) && overlaps(violation, filter),
  );
}
