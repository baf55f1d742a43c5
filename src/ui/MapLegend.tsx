import { useTranslation } from 'react-i18next';
import { DOUBTFUL_BADGE, UNCONFIRMED_BADGE } from '../map/icons/rasterBadges';
import { LinkedPlaceIcon, MarkerIcon } from './MarkerIcon';

/** What the markers' fills and badges mean: drawn from the same pixels as the map's markers. */
export function MapLegend() {
  const { t } = useTranslation();
  return (
    <div className="legend-note">
      <p className="legend-heading">{t('honest.legend.heading')}</p>
      <ul className="map-legend">
        <li>
          <MarkerIcon type="detention_centre" /> {t('legend.site')}
        </li>
        <li>
          <MarkerIcon type="detention_centre" approximate /> {t('legend.approximate')}
        </li>
        <li data-legend="doubtful">
          <MarkerIcon type="detention_centre" badge={DOUBTFUL_BADGE} /> {t('honest.legend.doubtful')}
        </li>
        <li data-legend="unconfirmed">
          <MarkerIcon type="detention_centre" badge={UNCONFIRMED_BADGE} /> {t('honest.legend.unconfirmed')}
        </li>
        <li data-legend="linked">
          <LinkedPlaceIcon /> {t('honest.legend.linked')}
        </li>
      </ul>
      <p>{t('legend.province')}</p>
    </div>
  );
}
