import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { PLAN_FACILITY_ID, rowPlan } from '../../../tests/fixtures/syntheticPlan';
import { emptyWork } from './changes';
import { publishedReference } from './publishedReference';

const AT = '2026-11-22T10:00:00.000Z';
const plan = deepFreeze(rowPlan());

describe('publishedReference', () => {
  it('outlines every published shape while the work is empty, with its geometry and fields', () => {
    const reference = publishedReference(plan.features, emptyWork(PLAN_FACILITY_ID, AT));
    expect(reference.features).toHaveLength(plan.features.length);
    const cell = reference.features.find((feature) => feature.properties?.id === 'SYNTHETIC-cell-0');
    expect(cell?.geometry).toEqual(plan.features.find((feature) => feature.id === 'SYNTHETIC-cell-0')?.geometry);
    expect(cell?.properties?.kind).toBe('room');
  });

  it('leaves out what the work already holds, so nothing is drawn twice', () => {
    const work = { ...emptyWork(PLAN_FACILITY_ID, AT), features: plan.features.filter((feature) => feature.kind === 'room') };
    const kinds = publishedReference(plan.features, work).features.map((feature) => feature.properties?.kind);
    expect(kinds).not.toContain('room');
    expect(kinds).toContain('building');
  });
});
