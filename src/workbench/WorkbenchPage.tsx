/**
 * The investigator's workbench for one facility (a lazily loaded chunk): trace the plan over imagery and
 * survivors' diagrams, edit records, see problems and the 3D preview, export and import bundles.
 */
import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { workProblems } from '../domain/workbench/workProblems';
import { ImageryPanel } from '../map/imagery/ImageryPanel';
import { startFromPlan } from '../domain/workbench/corroborate';
import type { Facility } from '../domain/types';
import { createWebLocks } from '../persistence/facilityLocks';
import { createIndexedDbStorage } from '../persistence/indexedDbStorage';
import { createInterviewStorage } from '../persistence/interviewStorage';
import { useDatasetStore } from '../store/datasetStore';
import { useSessionStore } from '../store/sessionStore';
import type { WorkCore } from '../store/workCore';
import { selectedRecord, useFacilityWork, useWorkStore, WorkCoreContext } from '../store/workStore';
import { BrokenWorkError } from './BrokenWorkError';
import { useViewHeading } from '../ui/viewFocus';
import { BundlePanel } from './bundle/BundlePanel';
import { DiagramPanel } from './diagrams/DiagramPanel';
import { Georeferencer } from './georeferencer/Georeferencer';
import { useWorkbenchUi } from './workbenchUiStore';
import { RecordEditor } from './editors/RecordEditor';
import { CorroborationPanel } from './CorroborationPanel';
import { ProblemList } from './ProblemList';
import { SourcesPanel } from './SourcesPanel';
import { useWorkbenchKeys } from './useWorkbenchKeys';
import { WorkbenchMap } from './WorkbenchMap';
import { WorkbenchToolbar } from './WorkbenchToolbar';
import { WorksInProgress } from './WorksInProgress';
import './workbench.css';
import { localText } from '../domain/localText';
import { withRendererKnown } from '../viewer3d/softwareWebGL';

const WorkPreview = lazy(withRendererKnown(() => import('./WorkPreview')));
const storage = createIndexedDbStorage();
const locks = createWebLocks();
const interviews = createInterviewStorage();

/** The page: one store for the facility shown, made when it opens and closed when it goes. */
export default function WorkbenchPage({ facilityId }: { facilityId: string }) {
  const { t } = useTranslation();
  const facility = useDatasetStore((state) => state.dataset?.facilities.find((item) => item.id === facilityId));
  const core = useFacilityWork(facilityId, storage, locks);
  if (!facility) return <p role="alert" className="workbench-missing">{t('workbench.noFacility', { id: facilityId })}</p>;
  if (!core) return <p role="status">{t('workbench.loading')}</p>;
  return (
    <WorkCoreContext.Provider value={core}>
      <Workbench facility={facility} core={core} />
    </WorkCoreContext.Provider>
  );
}

function Workbench({ facility, core }: { facility: Facility; core: WorkCore }) {
  const { t, i18n } = useTranslation();
  const facilityId = facility.id;
  const dataset = useDatasetStore((state) => state.dataset);
  const leave = useSessionStore((state) => state.leaveFacility);
  const work = useWorkStore((state) => state.work);
  const selection = useWorkStore((state) => state.selection);
  const storageError = useWorkStore((state) => state.storageError);
  const editError = useWorkStore((state) => state.editError);
  const lock = useWorkStore((state) => state.lock);
  const broken = useWorkStore((state) => state.broken);
  const setAside = useWorkStore((state) => state.setAside);
  const knownSources = useMemo(() => (dataset?.sources ?? []).filter((source) => source.visibility === 'public'), [dataset]);
  const checked = useMemo(() => (work ? workProblems(work, { facility, knownSources }) : null), [work, facility, knownSources]);
  const validated = checked?.validated;
  const record = selectedRecord(work, selection);
  const placingId = useWorkbenchUi((state) => state.placing);
  const placing = work?.diagrams.find((diagram) => diagram.id === placingId);
  // The georeferencer belongs to this page: it closes when the page goes (another facility, the map).
  useEffect(() => () => useWorkbenchUi.getState().place(null), [facilityId]);
  const published = dataset?.plans.find((plan) => plan.facilityId === facilityId);
  const startFromPublished = () => {
    const change = work && published && startFromPlan(work, published.features, (dataset?.violations ?? []).filter((violation) => violation.facilityId === facilityId), dataset?.sources ?? []);
    if (change) core.apply(change);
  };
  useWorkbenchKeys(lock === 'held' ? core : null);
  const heading = useRef<HTMLHeadingElement>(null);
  const selectedSection = useRef<HTMLElement>(null);
  // The property form follows the selection: a shape just drawn, a problem or a source chosen.
  useEffect(() => {
    if (selection) selectedSection.current?.scrollIntoView({ block: 'nearest' });
  }, [selection]);
  useViewHeading(() => heading.current);

  useEffect(() => {
    if (lock === 'held') void storage.setMeta('lastFacility', facilityId).catch(() => undefined);
  }, [facilityId, lock]);

  // The page's boundary offers to export the raw work and to set the broken records aside.
  if (broken) throw new BrokenWorkError(facilityId, broken);
  const name = localText(facility.name, i18n.language);
  const held = lock === 'held';
  return (
    <section className="workbench" aria-label={t('workbench.label', { name })}>
      <header className="workbench-header">
        <button type="button" onClick={leave}>
          {t('workbench.back')}
        </button>
        <h2 ref={heading} tabIndex={-1} data-view-heading>
          {t('workbench.heading', { name })}
        </h2>
        {held && <WorkbenchToolbar />}
        {held && published && work && work.features.length === 0 && (
          <button type="button" onClick={startFromPublished}>
            {t('workbench.startFromPublished')}
          </button>
        )}
      </header>
      {lock === 'elsewhere' && (
        <p role="alert" className="workbench-elsewhere">
          {t('workbench.openElsewhere')}
        </p>
      )}
      {lock === 'waiting' && <p role="status">{t('workbench.loading')}</p>}
      {held && storageError && (
        <p role="alert" className="workbench-storage-error">
          {t('workbench.storageFailed', { message: storageError.message })}{' '}
          <button type="button" onClick={core.retrySave}>
            {t('workbench.retrySave')}
          </button>
        </p>
      )}
      {held && editError && <p role="alert">{t('workbench.editRefused', { message: editError })}</p>}
      {held && setAside > 0 && <p role="status">{t('workcore.setAside', { count: setAside })}</p>}
      {held && work && (
        <div className={placing ? 'workbench-body placing' : 'workbench-body'}>
          <WorkbenchMap facility={facility} work={work} storage={storage} />
          {placing && (
            <aside className="workbench-panel georeferencer-panel" aria-label={t('benchtools.georeferencer.panel')}>
              <Georeferencer diagram={placing} storage={storage} />
              <ImageryPanel />
            </aside>
          )}
          {!placing && (
          <aside className="workbench-panel" aria-label={t('workbench.panel')}>
            <ImageryPanel />
            <WorksInProgress storage={storage} facilities={dataset?.facilities ?? []} current={facilityId} />
            <section aria-labelledby="wb-selected" ref={selectedSection}>
              <h3 id="wb-selected">{t('workbench.selected')}</h3>
              {record ? <RecordEditor key={`${selection?.collection}:${selection?.id}`} work={work} knownSources={knownSources} /> : <p>{t('workbench.nothingSelected')}</p>}
            </section>
            <ProblemList problems={checked?.problems ?? []} />
            <CorroborationPanel work={work} published={published} interviews={interviews} />
            <SourcesPanel work={work} />
            <DiagramPanel work={work} facility={facility} />
            <BundlePanel work={work} storage={storage} knownSources={knownSources} />
            <section aria-labelledby="wb-preview" className="workbench-preview">
              <h3 id="wb-preview">{t('workbench.preview')}</h3>
              <Suspense fallback={<p role="status">{t('viewer.loading')}</p>}>
                {validated?.plan ? <WorkPreview plan={validated.plan} facility={facility} violations={validated.violations} /> : <p>{t('workbench.previewEmpty')}</p>}
              </Suspense>
            </section>
          </aside>
          )}
        </div>
      )}
    </section>
  );
}
