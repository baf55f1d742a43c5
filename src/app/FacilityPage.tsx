/**
 * /facility/<id>: the 3D viewer when the facility has a plan; otherwise a page of its own, never the viewer's
 * chrome around nothing — an unknown id gets a way back, a facility without a plan its card and what a
 * reconstruction would need. Only the viewer loads three.js.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatasetStore } from '../store/datasetStore';
import { FacilityNotFound } from '../ui/FacilityNotFound';
import { FacilityWithoutPlan } from '../ui/FacilityWithoutPlan';
import { withRendererKnown } from '../viewer3d/softwareWebGL';

// Which renderer draws WebGL is asked in a worker while the viewer's code loads (viewer3d/softwareWebGL).
const FacilityViewer = lazy(withRendererKnown(() => import('../viewer3d/FacilityViewer')));

export function FacilityPage({ facilityId }: { facilityId: string }) {
  const { t } = useTranslation();
  const dataset = useDatasetStore((state) => state.dataset);
  const facility = dataset?.facilities.find((item) => item.id === facilityId);
  if (!facility) return <FacilityNotFound facilityId={facilityId} />;
  if (!dataset?.plans.some((plan) => plan.facilityId === facilityId)) return <FacilityWithoutPlan facility={facility} sources={dataset?.sources ?? []} />;
  return (
    <Suspense fallback={<p role="status" className="viewer-loading">{t('viewer.loading')}</p>}>
      <FacilityViewer facilityId={facilityId} />
    </Suspense>
  );
}
