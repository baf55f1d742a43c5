import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FACILITY_STATUSES, FACILITY_TYPES, PRECISIONS } from '../domain/enums';
import { isEmptyFilter } from '../domain/facilityFilter';
import type { Facility } from '../domain/types';
import { useSessionStore } from '../store/sessionStore';
import { MarkerIcon } from './MarkerIcon';

type Facet = 'types' | 'agencies' | 'provinces' | 'statuses' | 'precisions';

function valueCounts(facilities: readonly Facility[], pick: (facility: Facility) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const facility of facilities) counts.set(pick(facility), (counts.get(pick(facility)) ?? 0) + 1);
  return counts;
}

/** Facet filters; each value shows how many facilities of the whole dataset carry it. */
export function FilterPanel({ facilities }: { facilities: readonly Facility[] }) {
  const { t } = useTranslation();
  const filter = useSessionStore((state) => state.filter);
  const toggleFacet = useSessionStore((state) => state.toggleFacet);
  const clearFilter = useSessionStore((state) => state.clearFilter);

  const facets = useMemo(() => {
    const byKey = {
      types: valueCounts(facilities, (f) => f.type),
      agencies: valueCounts(facilities, (f) => f.agency),
      provinces: valueCounts(facilities, (f) => f.province),
      statuses: valueCounts(facilities, (f) => f.status),
      precisions: valueCounts(facilities, (f) => f.precision),
    };
    const sortedByCount = (counts: Map<string, number>) => [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b));
    return {
      counts: byKey,
      values: {
        types: FACILITY_TYPES.filter((type) => byKey.types.has(type)),
        agencies: sortedByCount(byKey.agencies),
        provinces: sortedByCount(byKey.provinces),
        statuses: FACILITY_STATUSES.filter((status) => byKey.statuses.has(status)),
        precisions: PRECISIONS.filter((precision) => byKey.precisions.has(precision)),
      } satisfies Record<Facet, readonly string[]>,
    };
  }, [facilities]);

  const label = (facet: Facet, value: string): string => {
    if (facet === 'types') return t(`type.${value}`);
    if (facet === 'provinces') return t(`province.${value}`, { defaultValue: value });
    if (facet === 'statuses') return t(`status.${value}`);
    if (facet === 'precisions') return t(`precision.${value}`);
    return value;
  };

  return (
    <section className="filters" aria-labelledby="filters-heading">
      <div className="filters-heading">
        <h2 id="filters-heading">{t('filters.heading')}</h2>
        <button type="button" onClick={clearFilter} disabled={isEmptyFilter(filter)}>
          {t('filters.clear')}
        </button>
      </div>
      {(Object.keys(facets.values) as Facet[]).map((facet) => (
        <details key={facet} open={facet === 'types' || filter[facet].length > 0}>
          <summary>
            {t(`filters.${facet}`)}
            {filter[facet].length > 0 && ` (${filter[facet].length})`}
          </summary>
          <fieldset>
            <legend className="visually-hidden">{t(`filters.${facet}`)}</legend>
            {facets.values[facet].map((value) => (
              <label key={value} className="facet-option">
                <input
                  type="checkbox"
                  checked={(filter[facet] as readonly string[]).includes(value)}
                  onChange={() => toggleFacet(facet, value)}
                />
                {facet === 'types' && <MarkerIcon type={value as (typeof FACILITY_TYPES)[number]} />}
                <span>{label(facet, value)}</span>
                <span className="facet-count">{facets.counts[facet].get(value)}</span>
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
    </section>
  );
}
