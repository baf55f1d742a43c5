import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { walkInput } from './walkInput';

const BUTTONS = [
  { key: 'left', label: 'viewer.walk.left', symbol: '↺' },
  { key: 'forward', label: 'viewer.walk.forward', symbol: '↑' },
  { key: 'backward', label: 'viewer.walk.backward', symbol: '↓' },
  { key: 'right', label: 'viewer.walk.right', symbol: '↻' },
] as const;

/** A press shorter than this is a tap: one step or turn. Held longer, the camera walks until it is let go. */
const HOLD_MS = 250;

/**
 * Large buttons for walking, by finger or mouse: a tap takes one step (half a metre) or turn (15°); pressed and held,
 * the camera walks until the press ends — lifted, moved off, cancelled by the browser (a scroll or a system gesture),
 * capture lost, focus gone. From the keyboard, Enter or Space on a focused button takes one step or turn (Enter held
 * repeats), as a button is expected to act once a press; the canvas itself walks while arrow keys or WASD are held.
 */
export function WalkButtons() {
  const { t } = useTranslation();
  /** The press waiting to become a hold, if it is not let go first. */
  const pending = useRef<{ key: string; timer: ReturnType<typeof setTimeout> } | null>(null);
  // Leaving walk mode mid-press must not leave a key held for the next walk.
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current.timer);
      walkInput.releaseAll();
    },
    [],
  );
  const press = (key: string) => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = {
      key,
      timer: setTimeout(() => {
        pending.current = null;
        walkInput.press(key);
      }, HOLD_MS),
    };
  };
  /** The press ended: a tap steps once; a hold stops. `tapped` is false where the press was cancelled, not lifted. */
  const end = (key: string, tapped: boolean) => {
    if (pending.current?.key === key) {
      clearTimeout(pending.current.timer);
      pending.current = null;
      if (tapped) walkInput.step(key);
    }
    walkInput.release(key);
  };
  return (
    <div className="walk-buttons" role="group" aria-label={t('viewer.walk.label')}>
      {BUTTONS.map(({ key, label, symbol }) => (
        <button
          key={key}
          type="button"
          aria-label={t(label)}
          onPointerDown={() => press(key)}
          onPointerUp={() => end(key, true)}
          onPointerLeave={() => end(key, false)}
          onPointerCancel={() => end(key, false)}
          onLostPointerCapture={() => end(key, false)}
          onBlur={() => end(key, false)}
          onContextMenu={(event) => event.preventDefault()}
          onClick={(event) => {
            // detail 0: activated from the keyboard (a pointer's press has already stepped or walked).
            if (event.detail === 0) walkInput.step(key);
          }}
        >
          {symbol}
        </button>
      ))}
    </div>
  );
}
