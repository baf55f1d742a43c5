import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FACILITY_STATUSES, FACILITY_TYPES, PRECISIONS } from '../domain/enums';
import { FACETS, facetCounts, facetValue, type Facet } from '../domain/facetCounts';
import { isEmptyFilter } from '../domain/facilityFilter';
import type { Facility } from '../domain/types';
import { useSessionStore } from '../store/sessionStore';
import { MarkerIcon } from './MarkerIcon';
import { SidebarSection } from './SidebarSection';

/**
 * Facet filters, closed under the search until wanted. Every value of the dataset is listed (so ticking one does not
 * move the others); its count is how many facilities it would show with the search text and the other facets.
 */
export function FilterPanel({ facilities }: { facilities: readonly Facility[] }) {
  const { t } = useTranslation();
  const filter = useSessionStore((state) => state.filter);
  const toggleFacet = useSessionStore((state) => state.toggleFacet);
  const clearFilter = useSessionStore((state) => state.clearFilter);
  const active = FACETS.reduce((sum, facet) => sum + filter[facet].length, 0);

  const values = useMemo(() => {
    const present = (facet: Facet) => new Set(facilities.map((facility) => facetValue(facility, facet)));
    const byFrequency = (facet: Facet) => {
      const counts = new Map<string, number>();
      for (const facility of facilities) counts.set(facetValue(facility, facet), (counts.get(facetValue(facility, facet)) ?? 0) + 1);
      return [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b));
    };
    return {
      types: FACILITY_TYPES.filter((type) => present('types').has(type)),
      agencies: byFrequency('agencies'),
      provinces: byFrequency('provinces'),
      statuses: FACILITY_STATUSES.filter((status) => present('statuses').has(status)),
      precisions: PRECISIONS.filter((precision) => present('precisions').has(precision)),
    } satisfies Record<Facet, readonly string[]>;
  }, [facilities]);
  const counts = useMemo(() => facetCounts(facilities, filter), [facilities, filter]);

  const label = (facet: Facet, value: string): string => {
    if (facet === 'types') return t(`type.${value}`);
    if (facet === 'provinces') return t(`province.${value}`, { defaultValue: value });
    if (facet === 'statuses') return t(`status.${value}`);
    if (facet === 'precisions') return t(`precision.${value}`);
    return value;
  };

  return (
    <SidebarSection id="filters" className="filters" title={t('filters.heading')} badge={active > 0 ? t('filters.active', { count: active }) : undefined} open={active > 0}>
      <button type="button" className="filters-clear" onClick={clearFilter} disabled={isEmptyFilter(filter)}>
        {t('filters.clear')}
      </button>
      {FACETS.map((facet) => (
        <details key={facet} open={facet === 'types' || filter[facet].length > 0}>
          <summary>
            {t(`filters.${facet}`)}
            {filter[facet].length > 0 && ` (${filter[facet].length})`}
          </summary>
          <fieldset>
            <legend className="visually-hidden">{t(`filters.${facet}`)}</legend>
            {values[facet].map((value) => (
              <label key={value} className="facet-option">
                <input type="checkbox" checked={(filter[facet] as readonly string[]).includes(value)} onChange={() => toggleFacet(facet, value)} />
                {facet === 'types' && <MarkerIcon type={value as (typeof FACILITY_TYPES)[number]} />}
                <span>{label(facet, value)}</span>
                <span className="facet-count">{counts[facet].get(value) ?? 0}</span>
              </label>
            ))}
          </fieldset>
        </details>
      ))}
      <p className="legend-note">
        <MarkerIcon type="detention_centre" /> {t('legend.site')} <MarkerIcon type="detention_centre" approximate /> {t('legend.approximate')}
        <br />
        {t('legend.province')}
      </p>
    </SidebarSection>
  );
}
