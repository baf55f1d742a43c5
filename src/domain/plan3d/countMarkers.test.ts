import { describe, expect, it } from 'vitest';
import { lonLatAt, planFacility, planViolation, rowPlan } from '../../../tests/fixtures/syntheticPlan';
import { countMarkers } from './countMarkers';
import { planToScene } from './planToScene';
import { violationPins } from './violationPins';

const scene = planToScene(rowPlan(), planFacility());

describe('countMarkers', () => {
  it('replaces a stack taller than the threshold with one marker carrying its count', () => {
    const stacked = Array.from({ length: 5 }, (_, n) => planViolation({ id: `SYNTHETIC-v-${n}` }));
    const single = planViolation({ id: 'SYNTHETIC-v-other-room', roomId: 'SYNTHETIC-cell-2' });
    const { pins, markers } = countMarkers(violationPins(scene, [...stacked, single]).pins, 4);
    expect(pins.map((pin) => pin.violationId)).toEqual(['SYNTHETIC-v-other-room']);
    expect(markers.map(({ roomId, count }) => ({ roomId, count }))).toEqual([{ roomId: 'SYNTHETIC-cell-0', count: 5 }]);
    expect(markers[0]?.position[0]).toBeCloseTo(scene.rooms.find((room) => room.id === 'SYNTHETIC-cell-0')?.interior[0] ?? NaN);
  });

  it('keeps a stack at the threshold as pins', () => {
    const stacked = Array.from({ length: 4 }, (_, n) => planViolation({ id: `SYNTHETIC-v-${n}` }));
    const { pins, markers } = countMarkers(violationPins(scene, stacked).pins, 4);
    expect([pins.length, markers]).toEqual([4, []]);
  });

  it('never merges pins at points of their own, however many share a room', () => {
    const spread = Array.from({ length: 30 }, (_, n) => planViolation({ id: `SYNTHETIC-v-${n}`, location: lonLatAt(0.2 + (n % 6) * 0.6, 0.2 + Math.floor(n / 6) * 0.6) }));
    const { pins, markers } = countMarkers(violationPins(scene, spread).pins, 4);
    expect([pins.length, markers.length]).toEqual([30, 0]);
  });
});
