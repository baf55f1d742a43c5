/**
 * Pins for a model file (a glTF whose room nodes are named by room ids) rather than the plan's own shapes. A
 * generated model lines up with the plan, so a pin already inside its room's node stays where it is; a hand-made
 * model may be drawn elsewhere or at another size, so a pin outside its room's node moves to the middle of that
 * node's floor. Pins whose room the model lacks keep their plan position. Stacks are renumbered per spot (on the same grid as violationPins, so 10,000 pins stay linear).
 */
import type { ViolationPin } from './violationPins';
import { SpotStacks } from './violationPins';

/** A room node's extent in the scene's metres: x east, y north, z up. */
export interface RoomBox {
  min: [number, number, number];
  max: [number, number, number];
}

const inside = (box: RoomBox, [x, y]: readonly number[]) =>
  (x ?? NaN) >= box.min[0] && (x ?? NaN) <= box.max[0] && (y ?? NaN) >= box.min[1] && (y ?? NaN) <= box.max[1];

export function anchorPins(pins: readonly ViolationPin[], boxes: ReadonlyMap<string, RoomBox>): ViolationPin[] {
  const moved = pins.map((pin) => {
    const box = pin.roomId === null ? undefined : boxes.get(pin.roomId);
    if (!box || inside(box, pin.position)) return pin;
    const middle: [number, number, number] = [(box.min[0] + box.max[0]) / 2, (box.min[1] + box.max[1]) / 2, box.min[2]];
    return { ...pin, position: middle };
  });
  const stacks = new SpotStacks();
  return moved.map((pin) => {
    const { spot, stackIndex } = stacks.place(pin.position);
    return stackIndex === pin.stackIndex && spot === pin.spot ? pin : { ...pin, stackIndex, spot };
  });
}
