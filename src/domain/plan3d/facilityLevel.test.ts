import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { planViolation } from '../../../tests/fixtures/syntheticPlan';
import type { Source } from '../types';
import { caseNumbers, decadeOf, facilityLevelSummary } from './facilityLevel';

const sources = new Map<string, Source>(
  deepFreeze([
    { id: 'SYNTHETIC-database', kind: 'database', title: 'SYNTHETIC incident database', visibility: 'public' },
    { id: 'SYNTHETIC-report', kind: 'report', title: 'SYNTHETIC report', visibility: 'public' },
  ] as Source[]).map((source) => [source.id, source]),
);
const atFacility = (id: string, overrides: Parameters<typeof planViolation>[0] extends infer T ? Partial<T> : never = {}) =>
  planViolation({ id, roomId: undefined, placement: 'facility_only', ...overrides });

describe('decadeOf', () => {
  it('reads the decade a date starts in, and none for an unknown date', () => {
    expect(decadeOf(atFacility('SYNTHETIC-a', { date: { from: '1990', to: '1999', precision: 'decade' } }))).toBe(1990);
    expect(decadeOf(atFacility('SYNTHETIC-b', { date: { from: '2019-01' } }))).toBe(2010);
    expect(decadeOf(atFacility('SYNTHETIC-c', { date: { to: '2003' } }))).toBe(2000);
    expect(decadeOf(atFacility('SYNTHETIC-d', { date: { precision: 'unknown' } }))).toBeNull();
    expect(decadeOf(atFacility('SYNTHETIC-e', { date: {} }))).toBeNull();
  });
});

describe('facilityLevelSummary', () => {
  it('counts by category in the category list’s order and by decade, unknown last', () => {
    const violations = deepFreeze([
      atFacility('SYNTHETIC-1', { category: 'starvation', date: { from: '2010', to: '2019', precision: 'decade' } }),
      atFacility('SYNTHETIC-2', { category: 'torture', date: { precision: 'unknown' } }),
      atFacility('SYNTHETIC-3', { category: 'starvation', date: { from: '1990', to: '1999', precision: 'decade' } }),
      atFacility('SYNTHETIC-4', { category: 'other', date: { from: '2015' } }),
    ]);
    expect(facilityLevelSummary(violations)).toEqual({
      byCategory: [
        { category: 'torture', count: 1 },
        { category: 'starvation', count: 2 },
        { category: 'other', count: 1 },
      ],
      byDecade: [
        { decade: 1990, count: 1 },
        { decade: 2010, count: 2 },
        { decade: null, count: 1 },
      ],
    });
  });

  it('is empty for no violations', () => {
    expect(facilityLevelSummary([])).toEqual({ byCategory: [], byDecade: [] });
  });
});

describe('caseNumbers', () => {
  it('gives the locators of references to databases only', () => {
    const violation = atFacility('SYNTHETIC-case', {
      sources: [
        { sourceId: 'SYNTHETIC-database', locator: 'E13-I-0001' },
        { sourceId: 'SYNTHETIC-report', locator: 'p. 12' },
        { sourceId: 'SYNTHETIC-database' },
        { sourceId: 'SYNTHETIC-missing', locator: 'X-1' },
      ],
    });
    expect(caseNumbers(violation, sources)).toEqual(['E13-I-0001']);
  });
});
