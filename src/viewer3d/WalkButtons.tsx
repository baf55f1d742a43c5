import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { walkInput } from './walkInput';

const BUTTONS = [
  { key: 'left', label: 'viewer.walk.left', symbol: '↺' },
  { key: 'forward', label: 'viewer.walk.forward', symbol: '↑' },
  { key: 'backward', label: 'viewer.walk.backward', symbol: '↓' },
  { key: 'right', label: 'viewer.walk.right', symbol: '↻' },
] as const;

/**
 * Large buttons for walking: press and hold with a finger or the mouse; every way a press can end — lifted, moved
 * off, cancelled by the browser (a scroll or a system gesture), capture lost, focus gone — stops the walk. From the
 * keyboard, Enter or Space on a focused button takes one step or turn (Enter held repeats), as a button is expected
 * to act once a press; the canvas itself walks while arrow keys or WASD are held.
 */
export function WalkButtons() {
  const { t } = useTranslation();
  // Leaving walk mode mid-press must not leave a key held for the next walk.
  useEffect(() => () => walkInput.releaseAll(), []);
  return (
    <div className="walk-buttons" role="group" aria-label={t('viewer.walk.label')}>
      {BUTTONS.map(({ key, label, symbol }) => {
        const release = () => walkInput.release(key);
        return (
          <button
            key={key}
            type="button"
            aria-label={t(label)}
            onPointerDown={() => walkInput.press(key)}
            onPointerUp={release}
            onPointerLeave={release}
            onPointerCancel={release}
            onLostPointerCapture={release}
            onBlur={release}
            onContextMenu={(event) => event.preventDefault()}
            onClick={(event) => {
              // detail 0: activated from the keyboard (a pointer's click has already walked while pressed).
              if (event.detail === 0) walkInput.step(key);
            }}
          >
            {symbol}
          </button>
        );
      })}
    </div>
  );
}
