import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countFacilities } from '../domain/facilityCounts';
import { filterFacilities } from '../domain/facilityFilter';
import type { Facility, Plan, Province } from '../domain/types';
import { ImageryPanel } from '../map/imagery/ImageryPanel';
import { useDatasetStore } from '../store/datasetStore';
import { useSessionStore } from '../store/sessionStore';
import { CountTables } from '../ui/CountTables';
import { FacilityCard } from '../ui/FacilityCard';
import { FacilityList } from '../ui/FacilityList';
import { FilterPanel } from '../ui/FilterPanel';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { ProblemPanel } from '../ui/ProblemPanel';
import { RegisterSummary } from '../ui/RegisterSummary';
import { PageBoundary } from '../ui/recovery/PageBoundary';
import { startUrlSync } from './urlSync';

// The map's code (maplibre) starts loading with the page, in parallel with the data, not after it.
const mapViewModule = import('../map/MapView');
const NO_FACILITIES: Facility[] = [];
const NO_PROVINCES: Province[] = [];
const NO_PLANS: Plan[] = [];
const FacilityViewer = lazy(() => import('../viewer3d/FacilityViewer'));
const WorkbenchPage = lazy(() => import('../workbench/WorkbenchPage'));
const MapView = lazy(() => mapViewModule);
/** The longest the sidebar waits for the map's first facilities (a map with none to draw, or no WebGL). */
const SIDEBAR_WAIT_MS = 1500;

export function App() {
  const { t } = useTranslation();
  const { status, dataset, problems, failure, earlyFacilities } = useDatasetStore();
  const filter = useSessionStore((state) => state.filter);
  const selectedId = useSessionStore((state) => state.facilityId);
  const select = useSessionStore((state) => state.select);
  // The filter input stays responsive while the list, counts and map catch up with a large dataset.
  const deferredFilter = useDeferredValue(filter);

  useEffect(() => startUrlSync(), []);

  // The map draws the facilities as soon as they are read; the rest of the dataset is still being checked.
  const facilities = dataset?.facilities ?? earlyFacilities ?? NO_FACILITIES;
  const shown = useMemo(() => filterFacilities(facilities, deferredFilter), [facilities, deferredFilter]);
  // The sidebar (hundreds of list items) renders once the map has drawn its facilities, so the two do not
  // compete for the main thread while the first facilities are put on screen.
  const [mapDrawn, setMapDrawn] = useState(false);
  useEffect(() => {
    if (status !== 'ready') return;
    const timer = setTimeout(() => setMapDrawn(true), SIDEBAR_WAIT_MS);
    return () => clearTimeout(timer);
  }, [status]);
  const sidebarFacilities = useDeferredValue(facilities);
  const sidebarShown = useDeferredValue(shown);
  const sidebarReady = status === 'ready' && mapDrawn && sidebarFacilities === facilities;
  const counts = useMemo(() => countFacilities(sidebarShown), [sidebarShown]);
  const sources = useMemo(() => new Map((dataset?.sources ?? []).map((source) => [source.id, source])), [dataset]);
  // A card needs the sources too: it opens once the whole dataset is ready.
  const selected = status === 'ready' ? facilities.find((facility) => facility.id === selectedId) : undefined;
  const page = useSessionStore((state) => state.page);
  const enterFacility = useSessionStore((state) => state.enterFacility);
  const openWorkbench = useSessionStore((state) => state.openWorkbench);
  const hasPlan = (facilityId: string) => dataset?.plans.some((plan) => plan.facilityId === facilityId) ?? false;
  const choose = (facility: Facility) => select(facility.id);

  return (
    <div className="app">
      <header className="app-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <nav className="app-nav" aria-label={t('nav.label')}>
          {/* A full page load: interview mode runs on its own, without the map or any imagery. */}
          <a href="/interview">{t('nav.interview')}</a>
          <LanguageSwitch />
        </nav>
      </header>
      <div className="app-body">
        <aside className="sidebar" aria-label={t('sidebar.label')}>
          {(status === 'loading' || (status === 'ready' && !sidebarReady)) && <p role="status">{t('loading')}</p>}
          {status === 'failed' && <p role="alert">{t('loadFailed', { message: failure })}</p>}
          {sidebarReady && dataset && (
            <>
              <RegisterSummary register={dataset.register} total={sidebarFacilities.length} counts={counts} />
              <FilterPanel facilities={sidebarFacilities} />
              <FacilityList facilities={sidebarShown} onChoose={choose} />
              <details className="counts">
                <summary>{t('counts.heading')}</summary>
                <CountTables counts={counts} />
              </details>
              <ProblemPanel problems={problems} />
              <p className="sources-note">{t('sources.note')}</p>
            </>
          )}
        </aside>
        {/* The map starts with the page, so its code, style and basemap load while the data does. */}
        {/* The workbench has a map of its own; the public map is not kept running beneath it. */}
        {page !== 'workbench' && (
          <main className="map-column">
            <Suspense fallback={<p role="status">{t('map.loading')}</p>}>
              <MapView
                facilities={shown}
                allFacilities={facilities}
                provinces={dataset?.provinces ?? NO_PROVINCES}
                plans={dataset?.plans ?? NO_PLANS}
                onFacilitiesDrawn={() => setMapDrawn(true)}
              />
            </Suspense>
            <div className="map-panels">
              <ImageryPanel />
              {selected && (
                <FacilityCard
                  facility={selected}
                  sources={sources}
                  onClose={() => select(null)}
                  onEnter={hasPlan(selected.id) ? () => enterFacility(selected.id) : undefined}
                  onWorkbench={selected.location ? () => openWorkbench(selected.id) : undefined}
                />
              )}
            </div>
          </main>
        )}
        {page === 'facility' && selectedId && status === 'ready' && (
          <PageBoundary resetKeys={[selectedId]}>
            <Suspense fallback={<p role="status" className="viewer-loading">{t('viewer.loading')}</p>}>
              <FacilityViewer facilityId={selectedId} />
            </Suspense>
          </PageBoundary>
        )}
        {page === 'workbench' && selectedId && status === 'ready' && (
          <PageBoundary resetKeys={[selectedId]}>
            <Suspense fallback={<p role="status" className="viewer-loading">{t('workbench.loading')}</p>}>
              <WorkbenchPage facilityId={selectedId} />
            </Suspense>
          </PageBoundary>
        )}
      </div>
    </div>
  );
}
