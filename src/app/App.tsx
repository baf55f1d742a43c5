/**
 * The app's shell: a skip link, the one banner, and one live view at a time — the map page, the inside of a
 * facility, its workbench or About the data. A view another covers stays mounted but inert and hidden, so nothing under it can be
 * focused or read; moving to a view moves focus to its heading.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Facility } from '../domain/types';
import { useDatasetStore } from '../store/datasetStore';
import { useSessionStore } from '../store/sessionStore';
import { decodeViewState } from '../store/urlState';
import { EvidenceContext } from '../ui/evidence/evidenceContext';
import { evidenceViewOf, facilitiesPassing } from '../ui/evidence/filteredView';
import { PageBoundary } from '../ui/recovery/PageBoundary';
import { watchViewChanges } from '../ui/viewFocus';
import { AppHeader } from './AppHeader';
import { FacilityPage } from './FacilityPage';
import { startLanguageSync } from './languageSync';
import { MapPage } from './MapPage';
import { useFiltersAfterPress } from './useFiltersAfterPress';
import { startUrlSync } from './urlSync';

const NO_FACILITIES: Facility[] = [];
const WorkbenchPage = lazy(() => import('../workbench/WorkbenchPage'));
const AboutPage = lazy(() => import('../ui/about/AboutPage'));

export function App() {
  const { t } = useTranslation();
  const { status, dataset, earlyFacilities } = useDatasetStore();
  const selectedId = useSessionStore((state) => state.facilityId);
  const page = useSessionStore((state) => state.page);
  const { filter, evidence: evidenceFilter } = useFiltersAfterPress();
  // The map is first built when it is first shown: a page opened at a facility, About or the workbench does not
  // wait on a hidden map drawing (in software WebGL its work held the viewer's own WebGL calls for seconds).
  const [mapShown, setMapShown] = useState(() => decodeViewState(window.location.pathname, window.location.search).page === 'map');

  useEffect(() => {
    const stopUrl = startUrlSync();
    const stopLanguage = startLanguageSync();
    const stopFocus = watchViewChanges();
    return () => {
      stopFocus();
      stopLanguage();
      stopUrl();
    };
  }, []);
  // After the address is applied (above): the store's default page is the map.
  useEffect(() => useSessionStore.subscribe((state) => state.page === 'map' && setMapShown(true)), []);

  // The map draws the facilities as soon as they are read; the rest of the dataset is still being checked.
  const facilities = dataset?.facilities ?? earlyFacilities ?? NO_FACILITIES;
  const byFacilityFilter = facilitiesPassing(facilities, filter);
  // The violation filters narrow them further: to the facilities with a violation that passes.
  const evidence = evidenceViewOf(dataset?.violations, byFacilityFilter, evidenceFilter);
  const shown = evidence?.shown ?? byFacilityFilter;

  return (
    // The evidence view reaches the sidebar, the list, the map's rings and every card.
    <EvidenceContext value={evidence}>
    <div className="app" data-page={page}>
      {/* The workbench covers the whole screen, header included. */}
      <AppHeader hidden={page === 'workbench'} />
      <div className="app-body" id="content">
        <MapPage active={page === 'map'} facilities={facilities} shown={shown} shownFilter={filter} withMap={mapShown && page !== 'workbench'} />
        {page === 'facility' &&
          selectedId &&
          (status === 'ready' ? (
            <PageBoundary resetKeys={[selectedId]}>
              <FacilityPage facilityId={selectedId} />
            </PageBoundary>
          ) : (
            <p role="status" className="viewer-loading">
              {t('loading')}
            </p>
          ))}
        {page === 'about' &&
          (status === 'ready' ? (
            <PageBoundary resetKeys={['about']}>
              <Suspense fallback={<p role="status" className="viewer-loading">{t('loading')}</p>}>
                <AboutPage />
              </Suspense>
            </PageBoundary>
          ) : (
            <p role="status" className="viewer-loading">
              {t('loading')}
            </p>
          ))}
        {page === 'workbench' && selectedId && status === 'ready' && (
          <main className="workbench-host">
            <PageBoundary resetKeys={[selectedId]}>
              <Suspense fallback={<p role="status" className="viewer-loading">{t('workbench.loading')}</p>}>
                <WorkbenchPage facilityId={selectedId} />
              </Suspense>
            </PageBoundary>
          </main>
        )}
      </div>
    </div>
    </EvidenceContext>
  );
}
