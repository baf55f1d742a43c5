import { describe, expect, it } from 'vitest';
import { lonLatAt, planFacility, rowPlan, withFeature } from '../../../tests/fixtures/syntheticPlan';
import { planToScene } from '../plan3d/planToScene';
import { groundExtent, isArrowKey, lonLatOf, moveMarker, placeOnGround } from './missingPlace';

// Three 4 m × 3 m cells (x 0–12, y 0–3) under a corridor (y 3–5), on a site from (-5, -5) to (17, 10).
const scene = planToScene(rowPlan(), planFacility());
const extent = groundExtent(scene, 10);
const NORTH: [number, number] = [0, 1];

describe('a place marked missing', () => {
  it('lies in the room whose floor holds it, or in no room (null) on the ground outside them', () => {
    expect(placeOnGround(scene, [2, 1.5])).toEqual({ roomId: 'SYNTHETIC-cell-0', point: [2, 1.5, 0] });
    expect(placeOnGround(scene, [6, 4])).toEqual({ roomId: 'SYNTHETIC-corridor', point: [6, 4, 0] });
    expect(placeOnGround(scene, [-3, 1])).toEqual({ roomId: null, point: [-3, 1, 0] });
  });

  it('is placed on the floor of a room upstairs only when no room is below it', () => {
    const upstairs = planToScene(withFeature(rowPlan({ buildingHeightM: 7, buildingLevels: 2 }), 'SYNTHETIC-cell-1', { level: 1 }), planFacility());
    const mark = placeOnGround(upstairs, [6, 1.5]);
    expect(mark.roomId).toBe('SYNTHETIC-cell-1');
    expect(mark.point[2]).toBeGreaterThan(0);
  });

  it('is recorded with its longitude and latitude as well, so it can be found on a map', () => {
    const [lon, lat] = lonLatOf(scene, [-3, 1, 0]);
    const [expectedLon, expectedLat] = lonLatAt(-3, 1);
    expect(lon).toBeCloseTo(expectedLon ?? NaN, 6);
    expect(lat).toBeCloseTo(expectedLat ?? NaN, 6);
  });

  it('can be placed on the ground a margin beyond everything the plan draws', () => {
    expect(extent.map((value) => Math.round(value * 100) / 100)).toEqual([-15, -15, 27, 20]);
  });

  it('stays on the site by default: the marker cannot be moved off it', () => {
    const site = groundExtent(scene);
    expect(site).toEqual(scene.bounds);
    expect(moveMarker([15, 1], 'ArrowRight', NORTH, 5, site)[0]).toBeCloseTo(scene.bounds[2]);
    expect(moveMarker([2, 9], 'ArrowUp', NORTH, 50, site)[1]).toBeCloseTo(scene.bounds[3]);
  });
});

describe('moving the marker from the keyboard', () => {
  it('moves by the arrow keys as seen on screen: up away from the viewer, right to its right', () => {
    expect(moveMarker([2, 1], 'ArrowUp', NORTH, 1, extent)).toEqual([2, 2]);
    expect(moveMarker([2, 1], 'ArrowDown', NORTH, 1, extent)).toEqual([2, 0]);
    expect(moveMarker([2, 1], 'ArrowRight', NORTH, 1, extent)).toEqual([3, 1]);
    expect(moveMarker([2, 1], 'ArrowLeft', NORTH, 1, extent)).toEqual([1, 1]);
    // Looking east (a camera turned a quarter), up goes east and right goes south.
    expect(moveMarker([2, 1], 'ArrowUp', [3, 0], 2, extent)).toEqual([4, 1]);
    expect(moveMarker([2, 1], 'ArrowRight', [3, 0], 2, extent)).toEqual([2, -1]);
  });

  it('stops at the edge of the ground, and treats a camera looking straight down as facing north', () => {
    expect(moveMarker([-14.5, 1], 'ArrowLeft', NORTH, 5, extent)[0]).toBeCloseTo(-15);
    expect(moveMarker([2, 1], 'ArrowUp', [0, 0], 1, extent)).toEqual([2, 2]);
  });

  it('knows the arrow keys from other keys', () => {
    expect(['ArrowUp', 'ArrowLeft', 'Enter', 'w'].map(isArrowKey)).toEqual([true, true, false, false]);
  });
});
