import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../tests/fixtures/deepFreeze';
import { ALL_VIOLATIONS, filterViolations } from './violationFilter';
import type { Violation } from './types';

function violation(id: string, category: Violation['category'], date: Violation['date']): Violation {
  return deepFreeze({
    id,
    facilityId: 'SYNTHETIC-facility',
    category,
    date,
    summary: { en: `SYNTHETIC ${id}` },
    placement: 'facility_only',
    visibility: 'public',
    sources: [{ sourceId: 'SYNTHETIC-source' }],
    location: null,
  });
}

const violations = deepFreeze([
  violation('SYNTHETIC-a', 'torture', { from: '2019-01' }),
  violation('SYNTHETIC-b', 'starvation', { from: '2006', to: '2007-03' }),
  violation('SYNTHETIC-c', 'torture', {}),
]);
const ids = (filter: Partial<typeof ALL_VIOLATIONS>) => filterViolations(violations, { ...ALL_VIOLATIONS, ...filter }).map((v) => v.id);

describe('filterViolations', () => {
  it('keeps everything with no filter', () => expect(ids({})).toEqual(['SYNTHETIC-a', 'SYNTHETIC-b', 'SYNTHETIC-c']));
  it('restricts by category', () => expect(ids({ categories: ['starvation'] })).toEqual(['SYNTHETIC-b']));
  it('keeps a range that overlaps the years', () => expect(ids({ fromYear: 2007, toYear: 2010 })).toEqual(['SYNTHETIC-b', 'SYNTHETIC-c']));
  it('drops a range entirely before the years', () => expect(ids({ fromYear: 2008 })).toEqual(['SYNTHETIC-a', 'SYNTHETIC-c']));
  it('keeps undated violations whatever the years', () => expect(ids({ fromYear: 1990, toYear: 1991 })).toEqual(['SYNTHETIC-c']));
});
