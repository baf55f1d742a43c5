import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FACILITY_STATUSES, FACILITY_TYPES, PLACE_ROLES, PRECISIONS } from '../domain/enums';
import { FACETS, facetCounts, facetValue, type Facet } from '../domain/facetCounts';
import { CONFIRMATION_FILTER_VALUES, isEmptyFilter, POINT_DOUBT_FILTER_VALUES } from '../domain/facilityFilter';
import type { Facility } from '../domain/types';
import { useSessionStore } from '../store/sessionStore';
import { agencyLabel } from './labels';
import { MapLegend } from './MapLegend';
import { MarkerIcon } from './MarkerIcon';
import { SidebarSection } from './SidebarSection';

/** Facets always listed; the role, confirmation and point facets only when the data has more than one value. */
const CONTRACT_FACETS: readonly Facet[] = ['types', 'agencies', 'provinces', 'statuses', 'precisions'];

/**
 * Facet filters, closed under the search until wanted. Every value of the dataset is listed (so ticking one does not
 * move the others); its count is how many facilities it would show with the search text and the other facets.
 */
export function FilterPanel({ facilities }: { facilities: readonly Facility[] }) {
  const { t } = useTranslation();
  const filter = useSessionStore((state) => state.filter);
  const toggleFacet = useSessionStore((state) => state.toggleFacet);
  const clearFilter = useSessionStore((state) => state.clearFilter);
  const chosen = (facet: Facet): readonly string[] => filter[facet] ?? [];
  const active = FACETS.reduce((sum, facet) => sum + chosen(facet).length, 0);

  const values = useMemo(() => {
    const present = (facet: Facet) => new Set<string>(facilities.map((facility) => facetValue(facility, facet)));
    const inOrder = (facet: Facet, order: readonly string[]) => order.filter((value) => present(facet).has(value));
    const byFrequency = (facet: Facet) => {
      const counts = new Map<string, number>();
      for (const facility of facilities) counts.set(facetValue(facility, facet), (counts.get(facetValue(facility, facet)) ?? 0) + 1);
      return [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b));
    };
    return {
      types: inOrder('types', FACILITY_TYPES),
      roles: inOrder('roles', PLACE_ROLES),
      confirmations: inOrder('confirmations', CONFIRMATION_FILTER_VALUES),
      pointDoubts: inOrder('pointDoubts', POINT_DOUBT_FILTER_VALUES),
      agencies: byFrequency('agencies'),
      provinces: byFrequency('provinces'),
      statuses: inOrder('statuses', FACILITY_STATUSES),
      precisions: inOrder('precisions', PRECISIONS),
    } satisfies Record<Facet, readonly string[]>;
  }, [facilities]);
  const counts = useMemo(() => facetCounts(facilities, filter), [facilities, filter]);

  const label = (facet: Facet, value: string): string => {
    switch (facet) {
      case 'types':
        return t(`type.${value}`);
      case 'roles':
        return t(`honest.role.${value}`);
      case 'confirmations':
        return t(`honest.confirmation.${value}`);
      case 'pointDoubts':
        return t(`honest.pointDoubt.${value}`);
      case 'agencies':
        return agencyLabel(value, t);
      case 'provinces':
        return t(`province.${value}`, { defaultValue: value });
      case 'statuses':
        return t(`status.${value}`);
      case 'precisions':
        return t(`precision.${value}`);
    }
  };
  const title = (facet: Facet) => (CONTRACT_FACETS.includes(facet) ? t(`filters.${facet}`) : t(`honest.filters.${facet}`));

  return (
    <SidebarSection id="filters" className="filters" title={t('filters.heading')} badge={active > 0 ? t('filters.active', { count: active }) : undefined} open={active > 0}>
      <button type="button" className="filters-clear" onClick={clearFilter} disabled={isEmptyFilter(filter)}>
        {t('filters.clear')}
      </button>
      {FACETS.filter((facet) => CONTRACT_FACETS.includes(facet) || values[facet].length > 1 || chosen(facet).length > 0).map((facet) => (
        <details key={facet} open={facet === 'types' || chosen(facet).length > 0} data-facet={facet}>
          <summary>
            {title(facet)}
            {chosen(facet).length > 0 && ` (${chosen(facet).length})`}
          </summary>
          <fieldset>
            <legend className="visually-hidden">{title(facet)}</legend>
            {values[facet].map((value) => (
              <label key={value} className="facet-option">
                <input type="checkbox" checked={chosen(facet).includes(value)} onChange={() => toggleFacet(facet, value)} />
                {facet === 'types' && <MarkerIcon type={value as (typeof FACILITY_TYPES)[number]} />}
                <span className="facet-label">{label(facet, value)}</span>
                <span className="facet-count">{counts[facet].get(value) ?? 0}</span>
              </label>
            ))}
          </fieldset>
        </details>
      ))}
      <MapLegend />
    </SidebarSection>
  );
}
