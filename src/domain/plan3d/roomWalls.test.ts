import { describe, expect, it } from 'vitest';
import { lonLatAt, planFacility, rowPlan, withFeature, withFeatureCopy } from '../../../tests/fixtures/syntheticPlan';
import type { Plan } from '../types';
import { planToScene } from './planToScene';
import { WALL_THICKNESS_M } from './roomWalls';
import type { LocalPoint, PlanScene, WallSegment } from './sceneTypes';

function edgeWalls(scene: PlanScene, roomId: string, edge: number): WallSegment[] {
  return scene.walls.filter((wall) => wall.id.startsWith(`${roomId}:wall:${edge}:`));
}

/** A wall piece as [kind, from x, to x], rounded to the millimetre. */
function span(wall: WallSegment): [string, number, number] {
  const round = (point: LocalPoint) => Math.round(point[0] * 1000) / 1000 + 0;
  return [wall.kind, round(wall.start), round(wall.end)];
}

describe('room walls', () => {
  it('runs one whole wall along each edge without an opening', () => {
    const scene = planToScene(rowPlan({ rooms: 1 }), planFacility());
    expect(edgeWalls(scene, 'SYNTHETIC-cell-0', 0).map(span)).toEqual([['wall', 0, 4]]);
    expect([1, 3].map((edge) => edgeWalls(scene, 'SYNTHETIC-cell-0', edge).length)).toEqual([1, 1]);
  });

  it('leaves exactly the door span open in the cell wall', () => {
    // The corridor edge runs east → west (counter-clockwise); the door spans x 0.5 to 1.5.
    const north = edgeWalls(planToScene(rowPlan(), planFacility()), 'SYNTHETIC-cell-0', 2);
    expect(north.map(span)).toEqual([['wall', 4, 1.5], ['wall', 0.5, 0]]);
  });

  it('opens the neighbouring corridor’s wall at the same door', () => {
    const south = edgeWalls(planToScene(rowPlan({ rooms: 2 }), planFacility()), 'SYNTHETIC-corridor', 0);
    expect(south.map(span)).toEqual([['wall', 0, 0.5], ['wall', 1.5, 4.5], ['wall', 5.5, 8]]);
  });

  it('draws bars as a piece of their own between walls', () => {
    const north = edgeWalls(planToScene(rowPlan({ rooms: 1, barredFronts: true }), planFacility()), 'SYNTHETIC-cell-0', 2);
    expect(north.map(span)).toEqual([['wall', 4, 3.5], ['bars', 3.5, 2], ['wall', 2, 1.5], ['wall', 0.5, 0]]);
  });

  it('draws a window as a piece of its own', () => {
    const plan = withFeature(rowPlan({ rooms: 1 }), 'SYNTHETIC-door-0', { openingType: 'window' });
    const north = edgeWalls(planToScene(plan, planFacility()), 'SYNTHETIC-cell-0', 2);
    expect(north.map(span)).toEqual([['wall', 4, 1.5], ['window', 1.5, 0.5], ['wall', 0.5, 0]]);
  });

  it('lets a door cut through bars drawn over it', () => {
    const wholeFront = { type: 'LineString', coordinates: [lonLatAt(0, 3), lonLatAt(4, 3)] };
    const plan = withFeature(rowPlan({ rooms: 1, barredFronts: true }), 'SYNTHETIC-bars-0', { geometry: wholeFront });
    const north = edgeWalls(planToScene(plan, planFacility()), 'SYNTHETIC-cell-0', 2);
    expect(north.map(span)).toEqual([['bars', 4, 1.5], ['bars', 0.5, 0]]);
  });

  it('numbers pieces by edge and position so ids stay the same across rebuilds', () => {
    const ids = (scene: PlanScene) => edgeWalls(scene, 'SYNTHETIC-cell-0', 2).map((wall) => wall.id);
    const first = ids(planToScene(rowPlan(), planFacility()));
    expect(first).toEqual(['SYNTHETIC-cell-0:wall:2:0', 'SYNTHETIC-cell-0:wall:2:1']);
    expect(ids(planToScene(rowPlan(), planFacility()))).toEqual(first);
  });

  it('gives walls the room’s floor and height and the default thickness', () => {
    const scene = planToScene(rowPlan({ buildingHeightM: 7, buildingLevels: 2 }), planFacility());
    const [wall] = edgeWalls(scene, 'SYNTHETIC-corridor', 1);
    expect(wall).toMatchObject({ base: 0, height: 3.5, thickness: WALL_THICKNESS_M, roomId: 'SYNTHETIC-corridor' });
  });

  it('does not open a room on another level than the door’s room', () => {
    const plan = withFeature(rowPlan({ rooms: 1, buildingLevels: 2 }), 'SYNTHETIC-corridor', { level: 1 });
    const south = edgeWalls(planToScene(plan, planFacility()), 'SYNTHETIC-corridor', 0);
    expect(south.map(span)).toEqual([['wall', 0, 4]]);
  });
});

describe('what a wall rests on', () => {
  const cellWalls = (plan: Plan) => edgeWalls(planToScene(plan, planFacility()), 'SYNTHETIC-cell-0', 2);
  const barred = rowPlan({ rooms: 1, barredFronts: true });

  it('takes the room’s confidence when the room gives no basis', () => {
    expect(cellWalls(barred).filter((wall) => wall.kind === 'wall').map((wall) => wall.confidence)).toEqual(['single_source', 'single_source', 'single_source']);
  });

  it('takes the room’s confidence when its basis is empty (as the workbench starts every room)', () => {
    const plan = withFeature(barred, 'SYNTHETIC-cell-0', { basis: '  ' });
    expect(cellWalls(plan).filter((wall) => wall.kind === 'wall').map((wall) => wall.confidence)).toEqual(['single_source', 'single_source', 'single_source']);
  });

  it('is illustrative when the room carries a basis (its size and position are a guess)', () => {
    const plan = withFeature(barred, 'SYNTHETIC-cell-0', { basis: 'SYNTHETIC: sizes drawn to make a coherent building' });
    const walls = edgeWalls(planToScene(plan, planFacility()), 'SYNTHETIC-cell-0', 0);
    expect(walls.map((wall) => wall.confidence)).toEqual(['illustrative']);
  });

  it('gives a barred front its opening’s confidence and id, whatever the room’s basis says', () => {
    const guessed = withFeature(barred, 'SYNTHETIC-cell-0', { basis: 'SYNTHETIC: sizes drawn to make a coherent building' });
    const plan = withFeature(guessed, 'SYNTHETIC-bars-0', { confidence: 'corroborated' });
    const [bars] = cellWalls(plan).filter((wall) => wall.kind === 'bars');
    expect(bars).toMatchObject({ confidence: 'corroborated', openingId: 'SYNTHETIC-bars-0' });
  });

  it('gives illustrative bars on a sourced room their own illustrative confidence', () => {
    const plan = withFeature(barred, 'SYNTHETIC-bars-0', { confidence: 'illustrative', sources: [], basis: 'SYNTHETIC guess' });
    const [bars] = cellWalls(plan).filter((wall) => wall.kind === 'bars');
    expect(bars).toMatchObject({ confidence: 'illustrative', openingId: 'SYNTHETIC-bars-0' });
  });

  it('lets the least sure of two overlapping barred openings speak for the piece they share', () => {
    const unsure = withFeatureCopy(barred, 'SYNTHETIC-bars-0', { id: 'SYNTHETIC-bars-unsure', confidence: 'illustrative', sources: [], basis: 'SYNTHETIC guess' });
    const sure = withFeature(unsure, 'SYNTHETIC-bars-0', { confidence: 'corroborated' });
    const bars = cellWalls(sure).filter((wall) => wall.kind === 'bars');
    expect(bars.map((wall) => [wall.openingId, wall.confidence])).toEqual([['SYNTHETIC-bars-unsure', 'illustrative']]);
  });

  it('leaves plain walls without an opening id', () => {
    expect(cellWalls(barred).filter((wall) => wall.kind === 'wall').some((wall) => 'openingId' in wall)).toBe(false);
  });
});
