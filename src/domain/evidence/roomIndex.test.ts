import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { lonLatAt, lShapedPlan, planFacility, planViolation, rowPlan, withFeature } from '../../../tests/fixtures/syntheticPlan';
import { planToScene } from '../plan3d/planToScene';
import { roomAt } from '../plan3d/roomAt';
import { violationPins } from '../plan3d/violationPins';
import { roomIndex, roomLocator } from './roomIndex';

const scene = deepFreeze(planToScene(rowPlan(), planFacility()));

describe('roomLocator', () => {
  it('finds the room a point lies in, and none outside every room', () => {
    const locator = roomLocator(scene.rooms);
    expect(locator.roomAt([5, 1])?.id).toBe('SYNTHETIC-cell-1');
    expect(locator.roomAt([6, 4])?.id).toBe('SYNTHETIC-corridor');
    expect(locator.roomAt([-2, -2])).toBeNull();
  });

  it('answers inside a concave room’s box by its floor, not its box', () => {
    const concave = planToScene(lShapedPlan(), planFacility());
    const locator = roomLocator(concave.rooms);
    // (4, 4) is inside the L's bounding box but outside its floor.
    expect([locator.roomAt([0.5, 4])?.id ?? null, locator.roomAt([4, 4])?.id ?? null]).toEqual([roomAt(concave, [0.5, 4])?.id ?? null, null]);
  });

  it('agrees with the plan scan on every point of a grid, on each level and without one', () => {
    const stacked = planToScene(withFeature(rowPlan({ buildingLevels: 2 }), 'SYNTHETIC-cell-1', { level: 1 }), planFacility());
    const locator = roomLocator(stacked.rooms);
    for (let x = -1; x <= 13; x += 0.5) {
      for (let y = -1; y <= 6; y += 0.5) {
        for (const level of [undefined, 0, 1]) expect(locator.roomAt([x, y], level)?.id ?? null).toBe(roomAt(stacked, [x, y], level)?.id ?? null);
      }
    }
  });

  it('holds no room when the plan has none', () => {
    expect(roomLocator([]).roomAt([0, 0])).toBeNull();
  });
});

describe('roomIndex', () => {
  it('lists each room’s violations and counts them; a point in no room stays unroomed', () => {
    const violations = [
      planViolation({ id: 'SYNTHETIC-v-named-0' }),
      planViolation({ id: 'SYNTHETIC-v-named-2', roomId: 'SYNTHETIC-cell-2' }),
      planViolation({ id: 'SYNTHETIC-v-named-0b', category: 'death' }),
      planViolation({ id: 'SYNTHETIC-v-yard', roomId: undefined, location: lonLatAt(-2, -2) }),
    ];
    const index = roomIndex(scene.rooms, violationPins(scene, violations).pins);
    expect(Object.fromEntries(index.byRoom)).toEqual({ 'SYNTHETIC-cell-0': ['SYNTHETIC-v-named-0', 'SYNTHETIC-v-named-0b'], 'SYNTHETIC-cell-2': ['SYNTHETIC-v-named-2'] });
    expect(Object.fromEntries(index.counts)).toEqual({ 'SYNTHETIC-cell-0': 2, 'SYNTHETIC-cell-2': 1 });
    expect(index.unroomed).toEqual(['SYNTHETIC-v-yard']);
  });

  it('puts a record with a point but no room in the room its point lies in', () => {
    const violation = planViolation({ id: 'SYNTHETIC-v-point', roomId: undefined, location: lonLatAt(9, 1) });
    const index = roomIndex(scene.rooms, violationPins(scene, [violation]).pins);
    expect([index.pins[0]?.roomId, index.byRoom.get('SYNTHETIC-cell-2')]).toEqual(['SYNTHETIC-cell-2', ['SYNTHETIC-v-point']]);
  });

  it('keeps the room a record names even when its point lies in another', () => {
    const violation = planViolation({ id: 'SYNTHETIC-v-named', roomId: 'SYNTHETIC-cell-0', location: lonLatAt(9, 1) });
    expect(roomIndex(scene.rooms, violationPins(scene, [violation]).pins).byRoom.get('SYNTHETIC-cell-0')).toEqual(['SYNTHETIC-v-named']);
  });

  it('indexes 10,000 pins over 500 rooms in well under the time a scan of every room per pin takes', () => {
    const big = planToScene(rowPlan({ rooms: 500 }), planFacility());
    const violations = Array.from({ length: 10_000 }, (_, n) =>
      planViolation({ id: `SYNTHETIC-v-${n}`, roomId: undefined, location: lonLatAt((n % 2000) + 0.5, 1 + (n % 3) * 0.5) }),
    );
    const { pins } = violationPins(big, violations);
    const index = roomIndex(big.rooms, pins);
    expect(index.unroomed).toEqual([]);
    expect([...index.counts.values()].reduce((sum, count) => sum + count, 0)).toBe(10_000);
    // Each pin is in the cell its x falls in (cells are 4 m wide).
    expect(index.pins.every((pin) => pin.roomId === `SYNTHETIC-cell-${Math.floor(pin.position[0] / 4)}`)).toBe(true);
  });
});
