import { useTranslation } from 'react-i18next';
import type { ImageryStatus } from '../MapController';
import type { ImageryLayer } from './imageryLayers';

/** Says so when imagery tiles fail to load; the basemap and facilities stay drawn underneath. */
export function ImageryStatusMessage({ layer, status, side }: { layer: ImageryLayer | null; status: ImageryStatus; side?: 'right' }) {
  const { t } = useTranslation();
  if (!layer || status !== 'failed') return null;
  return (
    <p role="alert" className={`imagery-failed${side ? ` imagery-failed-${side}` : ''}`}>
      {t('imagery.failed', { name: layer.name })}
    </p>
  );
}
