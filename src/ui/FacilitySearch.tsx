import { forwardRef, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FACILITY_SORTS } from '../domain/facilitySort';
import { useSessionStore } from '../store/sessionStore';

/**
 * The first thing in the sidebar: the search box, how many facilities the search and filters leave, and the order of
 * the list. The heading is the map page's own: the skip link and a return from another view land on it.
 */
export const FacilitySearch = forwardRef<HTMLHeadingElement, { shown: number }>(function FacilitySearch({ shown }, heading) {
  const { t } = useTranslation();
  const text = useSessionStore((state) => state.filter.text);
  const setText = useSessionStore((state) => state.setFilterText);
  const sort = useSessionStore((state) => state.sort);
  const setSort = useSessionStore((state) => state.setSort);
  const sortId = useId();
  return (
    <div className="facility-search">
      <h2 id="list-heading" ref={heading} tabIndex={-1} data-view-heading>
        {t('list.heading')}
      </h2>
      <div role="search">
        <label className="search-field">
          <span>{t('list.filter')}</span>
          <input type="search" value={text} placeholder={t('list.filterPlaceholder')} onChange={(event) => setText(event.target.value)} />
        </label>
      </div>
      <div className="list-tools">
        <p role="status" aria-live="polite" className="list-count">
          {t('list.shown', { count: shown })}
        </p>
        <span className="list-sort">
          <label htmlFor={sortId}>{t('list.sort')}</label>
          <select id={sortId} value={sort} onChange={(event) => setSort(event.target.value as (typeof FACILITY_SORTS)[number])}>
            {FACILITY_SORTS.map((option) => (
              <option key={option} value={option}>
                {t(`list.sort.${option}`)}
              </option>
            ))}
          </select>
        </span>
      </div>
    </div>
  );
});
