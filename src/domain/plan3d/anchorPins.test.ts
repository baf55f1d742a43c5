import { describe, expect, it } from 'vitest';
import { anchorPins, type RoomBox } from './anchorPins';
import type { ViolationPin } from './violationPins';

const pin = (violationId: string, roomId: string | null, position: [number, number, number], stackIndex = 0, spot = 0): ViolationPin => ({
  violationId,
  category: 'torture',
  roomId,
  position,
  stackIndex,
  spot,
  placement: 'illustrative',
});

const boxes = new Map<string, RoomBox>([
  ['SYNTHETIC-cell-1', { min: [10, 20, 0], max: [14, 23, 2.7] }],
  ['SYNTHETIC-cell-2', { min: [0, 0, 3], max: [2, 2, 5] }],
]);

describe('anchorPins', () => {
  it('keeps a pin already inside its room node', () => {
    const inRoom = pin('SYNTHETIC-v1', 'SYNTHETIC-cell-1', [11, 21, 0]);
    expect(anchorPins([inRoom], boxes)).toEqual([inRoom]);
  });

  it("moves a pin outside its room node to the middle of that node's floor", () => {
    const [moved] = anchorPins([pin('SYNTHETIC-v1', 'SYNTHETIC-cell-2', [50, 50, 0])], boxes);
    expect(moved?.position).toEqual([1, 1, 3]);
  });

  it('leaves pins whose room the model lacks, or with no room, where the plan put them', () => {
    const unknown = pin('SYNTHETIC-v1', 'SYNTHETIC-nowhere', [5, 5, 0]);
    const roomless = pin('SYNTHETIC-v2', null, [6, 6, 0], 0, 1);
    expect(anchorPins([unknown, roomless], boxes)).toEqual([unknown, roomless]);
  });

  it('stacks pins that end up at one spot', () => {
    const moved = anchorPins(
      [pin('SYNTHETIC-a', 'SYNTHETIC-cell-2', [40, 0, 0]), pin('SYNTHETIC-b', 'SYNTHETIC-cell-2', [-40, 0, 0])],
      boxes,
    );
    expect(moved.map((item) => item.stackIndex)).toEqual([0, 1]);
    expect(moved[0]?.position).toEqual(moved[1]?.position);
  });
});
