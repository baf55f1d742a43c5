import { describe, expect, it } from 'vitest';
import { rowPlan, withFeature } from '../../../tests/fixtures/syntheticPlan';
import { planHash } from './planHash';

describe('the plan version a session records', () => {
  it('is the same for the same plan and changes with any change to it', async () => {
    const plan = rowPlan();
    expect(await planHash(plan)).toMatch(/^[0-9a-f]{64}$/);
    expect(await planHash(rowPlan())).toBe(await planHash(plan));
    expect(await planHash(withFeature(plan, 'SYNTHETIC-cell-0', { use: 'interrogation' }))).not.toBe(await planHash(plan));
    expect(await planHash(rowPlan({ rooms: 4 }))).not.toBe(await planHash(plan));
  });
});
