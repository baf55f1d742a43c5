import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { planViolation, PLAN_FACILITY_ID, rowPlan } from '../../../tests/fixtures/syntheticPlan';
import { applyChange, emptyWork } from './changes';
import { corroborateRoom, interviewSourceId, startFromPlan } from './corroborate';

const AT = '2026-11-22T10:00:00.000Z';
const plan = rowPlan();
const source = { id: 'SYNTHETIC-source', kind: 'report' as const, title: 'SYNTHETIC report', visibility: 'public' as const };

describe('corroborating a room from interviews', () => {
  const work = deepFreeze({ ...emptyWork(PLAN_FACILITY_ID, AT), features: [...plan.features] });

  it('marks the room corroborated, citing each confirming interview as a restricted testimony source; undo restores it', () => {
    const change = corroborateRoom(work, 'SYNTHETIC-cell-0', ['SYNTHETIC-INT-1', 'SYNTHETIC-INT-2']);
    if (!change) throw new Error('no change');
    const { work: after, inverse } = applyChange(work, change, AT);
    const room = after.features.find((feature) => feature.id === 'SYNTHETIC-cell-0');
    expect(room?.confidence).toBe('corroborated');
    expect(room?.sources.map((ref) => ref.sourceId)).toEqual(['SYNTHETIC-source', interviewSourceId('SYNTHETIC-INT-1'), interviewSourceId('SYNTHETIC-INT-2')]);
    expect(after.sources).toEqual([
      { id: 'interview-SYNTHETIC-INT-1', kind: 'testimony', title: 'Interview SYNTHETIC-INT-1', visibility: 'restricted' },
      { id: 'interview-SYNTHETIC-INT-2', kind: 'testimony', title: 'Interview SYNTHETIC-INT-2', visibility: 'restricted' },
    ]);
    expect(applyChange(after, inverse, AT).work).toEqual({ ...work, updatedAt: AT });
  });

  it('does nothing for a room that is not in the work', () => {
    expect(corroborateRoom(work, 'SYNTHETIC-nowhere', ['SYNTHETIC-INT-1'])).toBeNull();
  });
});

describe('starting from the published plan', () => {
  it('copies the plan, its violations and the sources they cite into the work, once', () => {
    const empty = deepFreeze(emptyWork(PLAN_FACILITY_ID, AT));
    const violations = [planViolation({ id: 'SYNTHETIC-v' })];
    const change = startFromPlan(empty, plan.features, violations, [source, { ...source, id: 'SYNTHETIC-unused' }]);
    const after = applyChange(empty, change!, AT).work;
    expect(after.features).toEqual(plan.features);
    expect(after.violations).toEqual(violations);
    expect(after.sources).toEqual([source]);
    expect(startFromPlan(after, plan.features, violations, [source])).toBeNull();
  });
});
