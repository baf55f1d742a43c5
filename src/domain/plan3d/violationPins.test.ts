import { describe, expect, it } from 'vitest';
import { lonLatAt, planFacility, planViolation, rowPlan, withFeature } from '../../../tests/fixtures/syntheticPlan';
import { planToScene } from './planToScene';
import { pinsByCategory, violationPins } from './violationPins';

const scene = planToScene(rowPlan(), planFacility());
const round = (values: readonly number[]) => values.map((value) => Math.round(value * 1000) / 1000 + 0);

describe('violationPins', () => {
  it('pins a violation with a point at that point on its room’s floor', () => {
    const upper = planToScene(withFeature(rowPlan({ buildingHeightM: 7, buildingLevels: 2 }), 'SYNTHETIC-cell-1', { level: 1 }), planFacility());
    const violation = planViolation({ id: 'SYNTHETIC-v-point', roomId: 'SYNTHETIC-cell-1', location: lonLatAt(5, 1) });
    const [pin] = violationPins(upper, [violation]).pins;
    expect([pin?.roomId, round(pin?.position ?? [])]).toEqual(['SYNTHETIC-cell-1', [5, 1, 3.5]]);
  });

  it('pins a violation with a point but no room on the ground', () => {
    const violation = planViolation({ id: 'SYNTHETIC-v-yard', roomId: undefined, location: lonLatAt(-2, -2) });
    const [pin] = violationPins(scene, [violation]).pins;
    expect([pin?.roomId, round(pin?.position ?? [])]).toEqual([null, [-2, -2, 0]]);
  });

  it('pins a violation known only by its room at the room’s interior point', () => {
    const [pin] = violationPins(scene, [planViolation({ id: 'SYNTHETIC-v-room' })]).pins;
    expect(round(pin?.position ?? [])).toEqual([2, 1.5, 0]);
  });

  it('returns facility-only violations apart, unpinned, even with a point', () => {
    const violation = planViolation({ id: 'SYNTHETIC-v-facility', placement: 'facility_only', location: lonLatAt(1, 1) });
    expect(violationPins(scene, [violation])).toEqual({ pins: [], facilityOnly: [violation] });
  });

  it('returns apart a violation whose room is not in the plan and which has no point', () => {
    const violation = planViolation({ id: 'SYNTHETIC-v-lost', roomId: 'SYNTHETIC-no-such-room' });
    expect(violationPins(scene, [violation])).toEqual({ pins: [], facilityOnly: [violation] });
  });

  it('stacks two pins in one room', () => {
    const { pins } = violationPins(scene, [planViolation({ id: 'SYNTHETIC-v-1' }), planViolation({ id: 'SYNTHETIC-v-2', category: 'death' })]);
    expect(pins.map((pin) => pin.stackIndex)).toEqual([0, 1]);
  });

  it('stacks points closer than 0.3 m and leaves points farther apart unstacked', () => {
    const near = [lonLatAt(1, 1), lonLatAt(1.2, 1.1), lonLatAt(3, 1)].map((location, index) => planViolation({ id: `SYNTHETIC-v-${index}`, location }));
    expect(violationPins(scene, near).pins.map((pin) => pin.stackIndex)).toEqual([0, 1, 0]);
  });

  it('does not stack pins at the same spot on different floors', () => {
    const upper = planToScene(withFeature(rowPlan({ buildingLevels: 2 }), 'SYNTHETIC-cell-1', { level: 1 }), planFacility());
    const violations = [
      planViolation({ id: 'SYNTHETIC-v-ground', roomId: 'SYNTHETIC-cell-0', location: lonLatAt(4, 1) }),
      planViolation({ id: 'SYNTHETIC-v-upper', roomId: 'SYNTHETIC-cell-1', location: lonLatAt(4, 1) }),
    ];
    expect(violationPins(upper, violations).pins.map((pin) => pin.stackIndex)).toEqual([0, 0]);
  });

  it('ignores other facilities’ violations', () => {
    const other = planViolation({ id: 'SYNTHETIC-v-other', facilityId: 'SYNTHETIC-other-facility' });
    expect(violationPins(scene, [other])).toEqual({ pins: [], facilityOnly: [] });
  });

  it('keeps the violation’s id, category and placement on its pin', () => {
    const [pin] = violationPins(scene, [planViolation({ id: 'SYNTHETIC-v-kept', category: 'starvation', placement: 'illustrative' })]).pins;
    expect(pin).toMatchObject({ violationId: 'SYNTHETIC-v-kept', category: 'starvation', placement: 'illustrative' });
  });

  it('reads deep-frozen violations without changing them', () => {
    const violations = [planViolation({ id: 'SYNTHETIC-v-a' }), planViolation({ id: 'SYNTHETIC-v-b', location: lonLatAt(1, 1) })];
    const before = JSON.stringify(violations);
    violationPins(scene, violations);
    expect(JSON.stringify(violations)).toBe(before);
  });
});

describe('pinsByCategory', () => {
  it('groups pins by category, in the order of the category list', () => {
    const { pins } = violationPins(scene, [
      planViolation({ id: 'SYNTHETIC-v-death', category: 'death' }),
      planViolation({ id: 'SYNTHETIC-v-torture', category: 'torture' }),
      planViolation({ id: 'SYNTHETIC-v-death-2', category: 'death', roomId: 'SYNTHETIC-cell-1' }),
    ]);
    const grouped = pinsByCategory(pins);
    expect([...grouped.keys()]).toEqual(['torture', 'death']);
    expect(grouped.get('death')?.map((pin) => pin.violationId)).toEqual(['SYNTHETIC-v-death', 'SYNTHETIC-v-death-2']);
  });
});
