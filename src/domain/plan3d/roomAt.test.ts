import { describe, expect, it } from 'vitest';
import { lonLatAt, lShapedPlan, planFacility, rowPlan, withFeature, withFeatureCopy } from '../../../tests/fixtures/syntheticPlan';
import { toLocal } from './localFrame';
import { planToScene } from './planToScene';
import { roomAt } from './roomAt';

describe('roomAt', () => {
  it('finds again the room a lon/lat point lies in after it is taken to local metres', () => {
    const scene = planToScene(rowPlan(), planFacility());
    expect(roomAt(scene, toLocal(scene.frame, lonLatAt(6.2, 2.9)))?.id).toBe('SYNTHETIC-cell-1');
  });

  it('keeps a point in its room when the scene is anchored elsewhere', () => {
    const scene = planToScene(rowPlan());
    expect(roomAt(scene, toLocal(scene.frame, lonLatAt(11.9, 0.1)))?.id).toBe('SYNTHETIC-cell-2');
  });

  it('finds nothing outside every room', () => {
    const scene = planToScene(rowPlan(), planFacility());
    expect(roomAt(scene, [-1, 1])).toBeNull();
  });

  it('finds nothing in the notch of an L-shaped room', () => {
    const scene = planToScene(lShapedPlan(), planFacility());
    expect([roomAt(scene, [3, 3]), roomAt(scene, [0.5, 5])?.id]).toEqual([null, 'SYNTHETIC-l-room']);
  });

  it('looks only at the level asked for', () => {
    const plan = withFeature(rowPlan({ buildingLevels: 2 }), 'SYNTHETIC-cell-0', { level: 1 });
    const scene = planToScene(plan, planFacility());
    expect([roomAt(scene, [2, 1], 0), roomAt(scene, [2, 1], 1)?.id]).toEqual([null, 'SYNTHETIC-cell-0']);
  });

  it('picks the lowest room where rooms stack and no level is given', () => {
    const upper = withFeature(rowPlan({ rooms: 1, buildingLevels: 2 }), 'SYNTHETIC-corridor', { level: 1 });
    const scene = planToScene(withFeatureCopy(upper, 'SYNTHETIC-corridor', { id: 'SYNTHETIC-corridor-ground', level: 0 }), planFacility());
    expect(roomAt(scene, [2, 4])?.id).toBe('SYNTHETIC-corridor-ground');
  });
});
