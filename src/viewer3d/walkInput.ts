/**
 * The walking controls' state, shared by the keyboard and the on-screen buttons (touch): which way to move
 * and turn. A tiny module-level store, read every frame by the camera rig.
 */
const held = new Set<string>();
let onChange: (() => void) | null = null;

const FORWARD = ['ArrowUp', 'w', 'W', 'forward'];
const BACKWARD = ['ArrowDown', 's', 'S', 'backward'];
const LEFT = ['ArrowLeft', 'a', 'A', 'left'];
const RIGHT = ['ArrowRight', 'd', 'D', 'right'];
const WALK_KEYS = new Set([...FORWARD, ...BACKWARD, ...LEFT, ...RIGHT]);

const any = (keys: string[]) => keys.some((key) => held.has(key));

export const walkInput = {
  isWalkKey: (key: string) => WALK_KEYS.has(key),
  press(key: string) {
    held.add(key);
    onChange?.();
  },
  release(key: string) {
    held.delete(key);
  },
  releaseAll() {
    held.clear();
  },
  /** +1 forward, −1 backward, 0 still. */
  move: () => (any(FORWARD) ? 1 : 0) - (any(BACKWARD) ? 1 : 0),
  /** +1 turns left (anticlockwise seen from above), −1 right. */
  turn: () => (any(LEFT) ? 1 : 0) - (any(RIGHT) ? 1 : 0),
  active: () => held.size > 0,
  /** Called when a key goes down, so an on-demand frame loop can start drawing again. */
  setOnChange(callback: (() => void) | null) {
    onChange = callback;
  },
};
