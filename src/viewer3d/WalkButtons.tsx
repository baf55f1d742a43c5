import { useTranslation } from 'react-i18next';
import { walkInput } from './walkInput';

const BUTTONS = [
  { key: 'left', label: 'viewer.walk.left', symbol: '↺' },
  { key: 'forward', label: 'viewer.walk.forward', symbol: '↑' },
  { key: 'backward', label: 'viewer.walk.backward', symbol: '↓' },
  { key: 'right', label: 'viewer.walk.right', symbol: '↻' },
] as const;

/** Large press-and-hold buttons for walking on a touch screen (the keyboard uses arrows or WASD). */
export function WalkButtons() {
  const { t } = useTranslation();
  return (
    <div className="walk-buttons" role="group" aria-label={t('viewer.walk.label')}>
      {BUTTONS.map(({ key, label, symbol }) => (
        <button
          key={key}
          type="button"
          aria-label={t(label)}
          onPointerDown={() => walkInput.press(key)}
          onPointerUp={() => walkInput.release(key)}
          onPointerLeave={() => walkInput.release(key)}
        >
          {symbol}
        </button>
      ))}
    </div>
  );
}
