import { area } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { lShapedPlan, lonLatAt, planFacility, PLAN_ORIGIN, rowPlan, withFeature } from '../../../tests/fixtures/syntheticPlan';
import type { RoomPlanFeature } from '../types';
import { toLocal } from './localFrame';
import { planToScene } from './planToScene';
import { pointInRing, signedArea } from './ringGeometry';
import type { PlanScene, RoomShape } from './sceneTypes';

function room(scene: PlanScene, id: string): RoomShape {
  const found = scene.rooms.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no room ${id}`);
  return found;
}

describe('planToScene', () => {
  it('anchors the scene at the facility location', () => {
    const scene = planToScene(rowPlan(), planFacility());
    expect(scene.frame.origin).toEqual(PLAN_ORIGIN);
    expect(room(scene, 'SYNTHETIC-cell-0').floor[0]?.map((value) => Math.abs(value) < 1e-6)).toEqual([true, true]);
  });

  it('anchors the scene at the middle of the outlines when there is no facility', () => {
    const scene = planToScene(rowPlan({ rooms: 2 }));
    const middle = toLocal({ origin: PLAN_ORIGIN }, scene.frame.origin);
    expect(middle[0]).toBeCloseTo(4, 3);
    expect(middle[1]).toBeCloseTo(2.5, 3);
  });

  it('gives a 4 m × 3 m room an area of 12 m²', () => {
    expect(room(planToScene(rowPlan(), planFacility()), 'SYNTHETIC-cell-1').areaM2).toBeCloseTo(12, 3);
  });

  it('agrees with turf.area to within 0.5% for every room', () => {
    const plan = rowPlan({ rooms: 2 });
    const scene = planToScene(plan, planFacility());
    for (const feature of plan.features.filter((candidate): candidate is RoomPlanFeature => candidate.kind === 'room')) {
      const turfArea = area(feature.geometry);
      expect(Math.abs(room(scene, feature.id).areaM2 - turfArea) / turfArea).toBeLessThan(0.005);
    }
  });

  it('subtracts holes from a room area', () => {
    const [outer] = rowPlan().features.find((feature) => feature.id === 'SYNTHETIC-cell-0')?.geometry.coordinates as number[][][];
    const hole = [lonLatAt(1, 1), lonLatAt(2, 1), lonLatAt(2, 2), lonLatAt(1, 2), lonLatAt(1, 1)];
    const plan = withFeature(rowPlan(), 'SYNTHETIC-cell-0', { geometry: { type: 'Polygon', coordinates: [outer, hole] } });
    expect(room(planToScene(plan, planFacility()), 'SYNTHETIC-cell-0').areaM2).toBeCloseTo(11, 3);
  });

  it('writes floors counter-clockwise without the closing point, even when drawn clockwise', () => {
    const [outer = []] = rowPlan().features.find((feature) => feature.id === 'SYNTHETIC-cell-0')?.geometry.coordinates as number[][][];
    const plan = withFeature(rowPlan(), 'SYNTHETIC-cell-0', { geometry: { type: 'Polygon', coordinates: [[...outer].reverse()] } });
    const floor = room(planToScene(plan, planFacility()), 'SYNTHETIC-cell-0').floor;
    expect(floor).toHaveLength(4);
    expect(signedArea(floor)).toBeGreaterThan(0);
  });

  it('gives rooms the storey height of a building without a height: 3 m', () => {
    const cell = room(planToScene(rowPlan(), planFacility()), 'SYNTHETIC-cell-0');
    expect([cell.elevation, cell.height]).toEqual([0, 3]);
  });

  it('raises an upper-level room by the building height over its levels', () => {
    const plan = withFeature(rowPlan({ buildingHeightM: 7, buildingLevels: 2 }), 'SYNTHETIC-cell-0', { level: 1 });
    const cell = room(planToScene(plan, planFacility()), 'SYNTHETIC-cell-0');
    expect([cell.elevation, cell.height]).toEqual([3.5, 3.5]);
  });

  it('keeps a room’s own height', () => {
    const plan = withFeature(rowPlan({ buildingHeightM: 3.5 }), 'SYNTHETIC-cell-0', { heightM: 2.4 });
    expect(room(planToScene(plan, planFacility()), 'SYNTHETIC-cell-0').height).toBe(2.4);
  });

  it('gives a building without a height 3 m per level, one level by default', () => {
    const [oneLevel] = planToScene(rowPlan(), planFacility()).buildings;
    const [twoLevels] = planToScene(rowPlan({ buildingLevels: 2 }), planFacility()).buildings;
    expect([oneLevel?.levels, oneLevel?.height, twoLevels?.height]).toEqual([1, 3, 6]);
  });

  it('puts the interior point of an L-shaped room inside it', () => {
    const lRoom = room(planToScene(lShapedPlan(), planFacility()), 'SYNTHETIC-l-room');
    expect(pointInRing(lRoom.interior, lRoom.floor)).toBe(true);
  });

  it('keeps each element’s provenance', () => {
    const scene = planToScene(rowPlan(), planFacility());
    const corridor = room(scene, 'SYNTHETIC-corridor');
    expect([corridor.confidence, corridor.sources, typeof corridor.basis]).toEqual(['illustrative', [], 'string']);
    expect(scene.openings[0]).toMatchObject({ id: 'SYNTHETIC-door-0', name: { en: 'SYNTHETIC-door-0' }, confidence: 'single_source', sources: [{ sourceId: 'SYNTHETIC-source' }] });
  });

  it('stands a fixture at its position on its room’s floor', () => {
    const plan = withFeature(rowPlan({ buildingHeightM: 6, buildingLevels: 2 }), 'SYNTHETIC-cell-0', { level: 1 });
    const [toilet] = planToScene(plan, planFacility()).fixtures;
    expect(toilet?.position.map((value) => Math.round(value * 1000) / 1000 + 0)).toEqual([0.5, 0.5, 3]);
  });

  it('bounds everything, the site included', () => {
    const bounds = planToScene(rowPlan({ rooms: 2 }), planFacility()).bounds.map((value) => Math.round(value * 1000) / 1000 + 0);
    expect(bounds).toEqual([-5, -5, 13, 10]);
  });

  it('lists an opening that touches no room edge without walls for it', () => {
    const plan = withFeature(rowPlan(), 'SYNTHETIC-door-0', { geometry: { type: 'LineString', coordinates: [lonLatAt(1, 1), lonLatAt(2, 1)] } });
    const scene = planToScene(plan, planFacility());
    expect(scene.openings.map((opening) => opening.id)).toContain('SYNTHETIC-door-0');
    expect(scene.walls.filter((wall) => wall.id.startsWith('SYNTHETIC-cell-0:wall:2:'))).toHaveLength(1);
  });

  it('reads a deep-frozen plan and facility without changing them', () => {
    const plan = rowPlan({ barredFronts: true });
    const before = JSON.stringify(plan);
    planToScene(deepFreeze(plan), planFacility());
    expect(JSON.stringify(plan)).toBe(before);
  });

  it('turns an empty plan into an empty scene', () => {
    const scene = planToScene(deepFreeze({ facilityId: 'SYNTHETIC-empty', file: 'plans/SYNTHETIC-empty.geojson', features: [] }));
    expect([scene.rooms, scene.walls, scene.bounds]).toEqual([[], [], [0, 0, 0, 0]]);
  });
});
