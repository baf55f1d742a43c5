import { useTranslation } from 'react-i18next';
import { DOUBTFUL_BADGE, IMPORTED_BADGE, UNCONFIRMED_BADGE } from '../map/icons/rasterBadges';
import { useDatasetStore } from '../store/datasetStore';
import { LinkedPlaceIcon, MarkerIcon } from './MarkerIcon';

/** What the markers' fills and badges mean: drawn from the same pixels as the map's markers. */
export function MapLegend() {
  const { t } = useTranslation();
  const anyImported = useDatasetStore((state) => state.localFacilityIds.size > 0);
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
        {anyImported && (
          <li data-legend="imported">
            <MarkerIcon type="detention_centre" badge={IMPORTED_BADGE} /> {t('formats3.local.badge')}
          </li>
        )}
        <li data-legend="linked">
          <LinkedPlaceIcon /> {t('honest.legend.linked')}
        </li>
      </ul>
      <p>{t('legend.province')}</p>
    </div>
  );
}
