import { useTranslation } from 'react-i18next';
import { ringRadius } from '../../map/layers/violationLayers';

const EXAMPLES = [1, 10, 100, 300] as const;

/** What a ring on the map means: its size grows with a facility's violations that pass the filters. */
export function RingLegend() {
  const { t } = useTranslation();
  const largest = ringRadius(EXAMPLES[EXAMPLES.length - 1] ?? 1);
  return (
    <figure className="ring-legend">
      <svg width={largest * 2 + 4} height={largest * 2 + 4} aria-hidden="true">
        {[...EXAMPLES].reverse().map((count) => {
          const radius = ringRadius(count);
          return <circle key={count} cx={largest + 2} cy={largest * 2 + 2 - radius} r={radius} className="ring-legend-ring" />;
        })}
      </svg>
      <figcaption>
        {t('evidence.ringLegend')}
        <span className="ring-legend-counts">{EXAMPLES.join(' · ')}</span>
      </figcaption>
    </figure>
  );
}
