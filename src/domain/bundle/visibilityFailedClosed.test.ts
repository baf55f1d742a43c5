import { describe, expect, it } from 'vitest';
import type { Source, Violation } from '../types';
import { emptyWork } from '../workbench/changes';
import type { FacilityWork } from '../workbench/workTypes';
import { withVisibilityFailedClosed } from './restricted';

const deepFreeze = <T,>(value: T): T => {
  if (value && typeof value === 'object') for (const inner of Object.values(value)) deepFreeze(inner);
  return Object.freeze(value);
};

describe('withVisibilityFailedClosed', () => {
  it('keeps a source or violation whose visibility is not exactly "public", as restricted', () => {
    const sources = [
      { id: 'SYNTHETIC-upper', kind: 'testimony', title: 'SYNTHETIC upper', visibility: 'RESTRICTED' },
      { id: 'SYNTHETIC-none', kind: 'report', title: 'SYNTHETIC none' },
      { id: 'SYNTHETIC-public', kind: 'report', title: 'SYNTHETIC public', visibility: 'public' },
    ] as unknown as Source[];
    const violations = [{ id: 'SYNTHETIC-v', visibility: 'Public ' }] as unknown as Violation[];
    const work: FacilityWork = deepFreeze({ ...emptyWork('SYNTHETIC-facility', '2026-12-01T00:00:00.000Z'), sources, violations });
    const closed = withVisibilityFailedClosed(work);
    expect(closed.sources.map((source) => source.visibility)).toEqual(['restricted', 'restricted', 'public']);
    expect(closed.violations.map((violation) => violation.visibility)).toEqual(['restricted']);
    expect(closed.sources[2]).toBe(work.sources[2]);
  });
});
