import { describe, expect, it } from 'vitest';
import { lonLatAt, planFacility, planViolation, rowPlan } from '../../../tests/fixtures/syntheticPlan';
import { countMarkers } from './countMarkers';
import { planToScene } from './planToScene';
import { violationPins } from './violationPins';

const scene = planToScene(rowPlan(), planFacility());
const pinsOf = (violations: Parameters<typeof violationPins>[1]) => violationPins(scene, violations).pins;
const inCell0 = (count: number, location = false) =>
  Array.from({ length: count }, (_, n) => planViolation({ id: `SYNTHETIC-v-${n}`, ...(location ? { location: lonLatAt(0.2 + (n % 6) * 0.6, 0.2 + Math.floor(n / 6) * 0.4) } : {}) }));

describe('countMarkers', () => {
  it('replaces a room’s pins above the threshold with one marker at the room’s interior point, carrying their number', () => {
    const single = planViolation({ id: 'SYNTHETIC-v-other-room', roomId: 'SYNTHETIC-cell-2' });
    const { pins, markers } = countMarkers(pinsOf([...inCell0(5), single]), scene.rooms, { threshold: 4 });
    expect(pins.map((pin) => pin.violationId)).toEqual(['SYNTHETIC-v-other-room']);
    const cell = scene.rooms.find((room) => room.id === 'SYNTHETIC-cell-0');
    expect(markers).toEqual([{ key: 'SYNTHETIC-cell-0', roomId: 'SYNTHETIC-cell-0', position: [cell?.interior[0], cell?.interior[1], cell?.elevation], count: 5 }]);
  });

  it('counts pins at points of their own in the room as well', () => {
    const { pins, markers } = countMarkers(pinsOf(inCell0(30, true)), scene.rooms, { threshold: 25 });
    expect([pins.length, markers.map((marker) => marker.count)]).toEqual([0, [30]]);
  });

  it('keeps a room at the threshold as pins, and the open room’s pins up to their limit, or all once asked for', () => {
    expect(countMarkers(pinsOf(inCell0(4)), scene.rooms, { threshold: 4 }).markers).toEqual([]);
    const open = countMarkers(pinsOf(inCell0(30)), scene.rooms, { threshold: 4, open: 'SYNTHETIC-cell-0' });
    expect([open.pins.length, open.markers]).toEqual([30, []]);
    const overLimit = countMarkers(pinsOf(inCell0(30)), scene.rooms, { threshold: 4, open: 'SYNTHETIC-cell-0', openLimit: 29 });
    expect([overLimit.pins.length, overLimit.markers.map((marker) => marker.count)]).toEqual([0, [30]]);
    const asked = countMarkers(pinsOf(inCell0(30)), scene.rooms, { threshold: 4, open: 'SYNTHETIC-cell-0', openLimit: Infinity });
    expect([asked.pins.length, asked.markers]).toEqual([30, []]);
  });

  it('merges pins in no room only where they stand on one another', () => {
    const yard = (n: number, x: number) => planViolation({ id: `SYNTHETIC-yard-${x}-${n}`, roomId: undefined, location: lonLatAt(x, -3) });
    const stacked = Array.from({ length: 6 }, (_, n) => yard(n, -2));
    const apart = Array.from({ length: 6 }, (_, n) => yard(n, -4 - n));
    const { pins, markers } = countMarkers(pinsOf([...stacked, ...apart]), scene.rooms, { threshold: 4 });
    expect([pins.length, markers.map(({ roomId, count }) => ({ roomId, count }))]).toEqual([6, [{ roomId: null, count: 6 }]]);
  });
});
