/**
 * The map page's sidebar below the search: the filters, the counts, about the data, the export, the problems and
 * the list. Memoised: it renders only when its deferred inputs change, not in the urgent render that hands a
 * filter change to the map (at 10,000 facilities that render would otherwise redraw the whole list twice).
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countFacilities, countFigures } from '../domain/facilityCounts';
import { inSortedOrder, sortFacilities } from '../domain/facilitySort';
import type { Dataset, Facility, Source } from '../domain/types';
import { displayName } from '../map/layers/facilityLayers';
import { useDatasetStore } from '../store/datasetStore';
import { useSessionStore } from '../store/sessionStore';
import { AboutLink } from '../ui/about/AboutLink';
import { CountTables } from '../ui/CountTables';
import { CountText } from '../ui/CountText';
import { useEvidence } from '../ui/evidence/evidenceContext';
import { EvidenceFilters } from '../ui/evidence/EvidenceFilters';
import { ExportSection } from '../ui/export/ExportSection';
import { FacilityList } from '../ui/FacilityList';
import { FilterPanel } from '../ui/FilterPanel';
import { ProblemPanel } from '../ui/ProblemPanel';
import { SidebarSection } from '../ui/SidebarSection';

/** The same function on every render, so the list's rows need not be redrawn for it. */
const chooseFacility = (facility: Facility) => useSessionStore.getState().select(facility.id);

interface Props {
  dataset: Dataset;
  facilities: readonly Facility[];
  /** The facilities that pass the search and filters. */
  shown: readonly Facility[];
  sources: ReadonlyMap<string, Source>;
}

export const MapSidebar = memo(function MapSidebar({ dataset, facilities, shown, sources }: Props) {
  const { t, i18n } = useTranslation();
  const problems = useDatasetStore((state) => state.problems);
  const sort = useSessionStore((state) => state.sort);
  const { openAbout } = useSessionStore.getState();
  const counts = useMemo(() => countFacilities(shown), [shown]);
  const violationsOf = useEvidence()?.countOf;
  // The headline counts the whole dataset (penal apart from linked places), beside the figures of the register and its publisher.
  const figures = useMemo(() => countFigures(facilities, dataset.register), [facilities, dataset]);
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
  return (
    <>
      <div className="sidebar-sections">
        <FilterPanel facilities={facilities} />
        <EvidenceFilters />
        <SidebarSection id="counts" className="counts" title={t('counts.heading')}>
          <CountTables counts={counts} />
        </SidebarSection>
        <SidebarSection id="about-data" title={t('shell.aboutData')} badge={t('honest.count.badge', { count: figures.penal })}>
          <CountText figures={figures} register={dataset.register} sources={sources} matching={counts.total} located={counts.located} unlocated={counts.unlocated} />
          <p className="sources-note">{t('sources.note')}</p>
          <p>
            <AboutLink onOpen={openAbout} />
          </p>
        </SidebarSection>
        <ExportSection />
        <ProblemPanel problems={problems} />
      </div>
      <FacilityList facilities={ordered} onChoose={chooseFacility} />
    </>
  );
});
