/**
 * The map page: the search and its results in the sidebar (a bottom sheet on a phone), the map beside them, the
 * imagery panel and a facility's card over the map (in the sheet on a phone). Kept mounted under the other views,
 * inert and hidden there, so coming back is instant and nothing under another view can be tabbed to.
 */
import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countFacilities, countFigures } from '../domain/facilityCounts';
import { inSortedOrder, sortFacilities } from '../domain/facilitySort';
import type { FacilityFilter } from '../domain/facilityFilter';
import type { Facility, Plan, Province } from '../domain/types';
import { staticViewShown } from '../map/firstView/firstViewData';
import { displayName } from '../map/layers/facilityLayers';
import { ImageryPanel } from '../map/imagery/ImageryPanel';
import { useDatasetStore } from '../store/datasetStore';
import { useSessionStore } from '../store/sessionStore';
import { BottomSheet, type SheetSnap } from '../ui/BottomSheet';
import { CountTables } from '../ui/CountTables';
import { useEvidence } from '../ui/evidence/evidenceContext';
import { EvidenceFilters } from '../ui/evidence/EvidenceFilters';
import { ExportSection } from '../ui/export/ExportSection';
import { FacilityCard } from '../ui/FacilityCard';
import { FacilityList } from '../ui/FacilityList';
import { FacilitySearch } from '../ui/FacilitySearch';
import { FilterPanel } from '../ui/FilterPanel';
import { ProblemPanel } from '../ui/ProblemPanel';
import { AboutLink } from '../ui/about/AboutLink';
import { CountText } from '../ui/CountText';
import { SidebarSection } from '../ui/SidebarSection';
import { useEscape } from '../ui/useEscape';
import { PHONE_QUERY, useMediaQuery } from '../ui/useMediaQuery';
import { Stage, StagedReveal } from '../ui/StagedReveal';
import { useViewHeading } from '../ui/viewFocus';

// The map's code (maplibre) starts loading with the page, in parallel with the data, not after it.
const mapViewModule = import('../map/MapView');
const MapView = lazy(() => mapViewModule);
const NO_PROVINCES: Province[] = [];
const NO_PLANS: Plan[] = [];
/** The longest the sidebar waits for the map's first facilities (a map with none to draw, or no WebGL). */
const SIDEBAR_WAIT_MS = 1500;
/** The sidebar's parts, shown one by one: the filters, violations, counts, about the data, export, problems, the list. */
const SIDEBAR_STAGES = 7;

/** The same function on every render, so the list need not be redrawn for it. */
const chooseFacility = (facility: Facility) => useSessionStore.getState().select(facility.id);

interface Props {
  /** False while another view covers the map: the page is then inert and hidden. */
  active: boolean;
  facilities: readonly Facility[];
  /** The facilities that pass the search and filters. */
  shown: readonly Facility[];
  /** The search and facility filters `shown` passed (a press reaches them a task or two after the store). */
  shownFilter: FacilityFilter;
  /** False under the workbench, which has a map of its own: the public map is not kept running beneath it; and
   * until the map is first shown. */
  withMap: boolean;
}

export function MapPage({ active, facilities, shown, shownFilter, withMap }: Props) {
  const { t, i18n } = useTranslation();
  const { status, dataset, problems, failure } = useDatasetStore();
  const selectedId = useSessionStore((state) => state.facilityId);
  const sort = useSessionStore((state) => state.sort);
  const { select, enterFacility, openWorkbench, openAbout } = useSessionStore.getState();
  const phone = useMediaQuery(PHONE_QUERY);
  const [snap, setSnap] = useState<SheetSnap>('peek');
  const heading = useRef<HTMLHeadingElement>(null);

  // The sidebar (hundreds of list items) renders once the map has drawn its facilities, so the two do not
  // compete for the main thread while the first facilities are put on screen — unless the static first view
  // already shows them: then as soon as the data is in.
  const [mapDrawn, setMapDrawn] = useState(staticViewShown);
  useEffect(() => {
    if (status !== 'ready') return;
    const timer = setTimeout(() => setMapDrawn(true), SIDEBAR_WAIT_MS);
    return () => clearTimeout(timer);
  }, [status]);
  const sidebarFacilities = useDeferredValue(facilities);
  const sidebarReady = status === 'ready' && mapDrawn && sidebarFacilities === facilities;
  const counts = useMemo(() => countFacilities(shown), [shown]);
  const violationsOf = useEvidence()?.countOf;
  // The headline counts the whole dataset (penal apart from linked places), beside the figures of the register and its publisher.
  const figures = useMemo(() => countFigures(sidebarFacilities, dataset?.register), [sidebarFacilities, dataset]);
  const byText = useMemo(() => {
    const collator = new Intl.Collator(i18n.language, { sensitivity: 'base', numeric: true });
    return {
      name: (facility: Facility) => displayName(facility, i18n.language),
      province: (facility: Facility) => t(`province.${facility.province}`, { defaultValue: facility.province }),
      compare: (a: string, b: string) => collator.compare(a, b),
    };
  }, [i18n.language, t]);
  // By name, type or province every facility is sorted once and a filter keeps that order; by violations, whose
  // counts follow the filters, the list is sorted again.
  const sortedAll = useMemo(() => (sort === 'violations' ? null : sortFacilities(facilities, sort, byText)), [facilities, sort, byText]);
  const ordered = useMemo(
    () =>
      sortedAll
        ? inSortedOrder(sortedAll, shown)
        : sortFacilities(shown, sort, { ...byText, violations: violationsOf && ((facility) => violationsOf(facility.id)) }),
    [sortedAll, shown, sort, byText, violationsOf],
  );
  const sources = useMemo(() => new Map((dataset?.sources ?? []).map((source) => [source.id, source])), [dataset]);
  // A card needs the sources too: it opens once the whole dataset is ready.
  const selected = status === 'ready' ? facilities.find((facility) => facility.id === selectedId) : undefined;
  const hasPlan = (facilityId: string) => dataset?.plans.some((plan) => plan.facilityId === facilityId) ?? false;

  // Back from another view: to the open card's heading, else to the search.
  useViewHeading(() => document.querySelector<HTMLElement>('.map-page [data-card-heading]') ?? heading.current, active);
  const closeCard = () => {
    const id = selectedId;
    select(null);
    // Focus goes back to the facility in the list, so the reader continues where they were.
    requestAnimationFrame(() => (document.querySelector<HTMLElement>(`[data-facility-id="${CSS.escape(id ?? '')}"] button`) ?? heading.current)?.focus());
  };
  useEscape(() => {
    if (!selected) return false;
    closeCard();
    return true;
  }, active);
  // On a phone the card opens in the sheet: raise it so the card shows.
  useEffect(() => {
    if (phone && selectedId) setSnap((current) => (current === 'peek' ? 'half' : current));
  }, [phone, selectedId]);

  const card = selected && (
    <FacilityCard
      facility={selected}
      sources={sources}
      onClose={closeCard}
      onEnter={hasPlan(selected.id) ? () => enterFacility(selected.id) : undefined}
      onWorkbench={selected.location ? () => openWorkbench(selected.id) : undefined}
    />
  );

  return (
    <div className="map-page" role={active ? 'main' : undefined} inert={!active}>
      <BottomSheet className="sidebar" label={t('sidebar.label')} title={t('list.shown', { count: shown.length })} snap={snap} onSnap={setSnap}>
        {phone && card}
        <FacilitySearch ref={heading} shown={shown.length} />
        {(status === 'loading' || (status === 'ready' && !sidebarReady)) && <p role="status">{t('loading')}</p>}
        {status === 'failed' && <p role="alert">{t('loadFailed', { message: failure })}</p>}
        {/* Then its parts in order, one per idle moment (the list last, itself a few items at a time): no long task. */}
        {dataset && (
          <StagedReveal ready={sidebarReady} total={SIDEBAR_STAGES}>
            <div className="sidebar-sections">
              <Stage at={1}>
                <FilterPanel facilities={sidebarFacilities} />
              </Stage>
              <Stage at={2}>
                <EvidenceFilters />
              </Stage>
              <Stage at={3}>
                <SidebarSection id="counts" className="counts" title={t('counts.heading')}>
                  <CountTables counts={counts} />
                </SidebarSection>
              </Stage>
              <Stage at={4}>
                <SidebarSection id="about-data" title={t('shell.aboutData')} badge={t('honest.count.badge', { count: figures.penal })}>
                  <CountText figures={figures} register={dataset.register} sources={sources} matching={counts.total} located={counts.located} unlocated={counts.unlocated} />
                  <p className="sources-note">{t('sources.note')}</p>
                  <p>
                    <AboutLink onOpen={openAbout} />
                  </p>
                </SidebarSection>
              </Stage>
              <Stage at={5}>
                <ExportSection />
              </Stage>
              <Stage at={6}>
                <ProblemPanel problems={problems} />
              </Stage>
            </div>
            <Stage at={7}>
              <FacilityList facilities={ordered} onChoose={chooseFacility} />
            </Stage>
          </StagedReveal>
        )}
      </BottomSheet>
      {/* The map starts with the page, so its code, style and basemap load while the data does. */}
      {withMap && (
        <div className="map-column">
          <Suspense fallback={<p role="status">{t('map.loading')}</p>}>
            <MapView
              facilities={shown}
              filter={shownFilter}
              allFacilities={facilities}
              provinces={dataset?.provinces ?? NO_PROVINCES}
              plans={dataset?.plans ?? NO_PLANS}
              onFacilitiesDrawn={() => setMapDrawn(true)}
            />
          </Suspense>
          <div className="map-panels">
            <ImageryPanel />
            {!phone && card}
          </div>
        </div>
      )}
    </div>
  );
}
