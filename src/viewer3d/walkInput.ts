/**
 * The walking controls' state, shared by the keyboard and the on-screen buttons (touch): which way to move
 * and turn. A tiny module-level store, read every frame by the camera rig while something is held; a single
 * step (a button activated from the keyboard) goes straight to the rig's stepper instead.
 */
const held = new Set<string>();
let onChange: (() => void) | null = null;
let stepper: ((move: number, turn: number) => void) | null = null;

const FORWARD = ['ArrowUp', 'w', 'W', 'forward'];
const BACKWARD = ['ArrowDown', 's', 'S', 'backward'];
const LEFT = ['ArrowLeft', 'a', 'A', 'left'];
const RIGHT = ['ArrowRight', 'd', 'D', 'right'];
const WALK_KEYS = new Set([...FORWARD, ...BACKWARD, ...LEFT, ...RIGHT]);

const any = (keys: string[]) => keys.some((key) => held.has(key));
const sign = (key: string, plus: string[], minus: string[]) => (plus.includes(key) ? 1 : 0) - (minus.includes(key) ? 1 : 0);

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
  /** One step or turn for `key` at once (a walk button activated from the keyboard), when the camera is walking. */
  step(key: string) {
    stepper?.(sign(key, FORWARD, BACKWARD), sign(key, LEFT, RIGHT));
  },
  /** The walking camera's one-step move (+1 forward/left, −1 backward/right); null when not walking. */
  setStepper(callback: ((move: number, turn: number) => void) | null) {
    stepper = callback;
  },
  /** Called when a key goes down, so an on-demand frame loop can start drawing again. */
  setOnChange(callback: (() => void) | null) {
    onChange = callback;
  },
};
