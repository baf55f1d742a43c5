/**
 * A long list of violation records shown a page at a time (FACILITY_LEVEL_PAGE_SIZE): a facility with 10,000
 * records drew 27,000 elements at once. The page goes back to the first when the list changes (a filter, a room).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FACILITY_LEVEL_PAGE_SIZE } from '../domain/plan3d/facilityLevel';
import type { Source, Violation } from '../domain/types';
import { ViolationRecord } from './ViolationRecord';

interface Props {
  violations: readonly Violation[];
  sources: ReadonlyMap<string, Source>;
  /** Names the pager's group for assistive technology ("Pages of …"). */
  label: string;
}

export function PagedRecords({ violations, sources, label }: Props) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState({ list: violations, index: 0 });
  // A new list starts at its first page (state reset during render, React's pattern for derived state).
  if (page.list !== violations) setPage({ list: violations, index: 0 });
  const pages = Math.max(1, Math.ceil(violations.length / FACILITY_LEVEL_PAGE_SIZE));
  const index = page.list === violations ? Math.min(page.index, pages - 1) : 0;
  const first = index * FACILITY_LEVEL_PAGE_SIZE;
  const shown = violations.slice(first, first + FACILITY_LEVEL_PAGE_SIZE);
  const number = (value: number) => value.toLocaleString(i18n.language);
  return (
    <>
      {shown.map((violation) => (
        <ViolationRecord key={violation.id} violation={violation} sources={sources} t={t} language={i18n.language} />
      ))}
      {pages > 1 && (
        <div className="records-pager" role="group" aria-label={t('viewerscale.pagerLabel', { list: label })}>
          <button type="button" disabled={index === 0} onClick={() => setPage({ list: violations, index: index - 1 })}>
            {t('viewerscale.previousPage', { count: FACILITY_LEVEL_PAGE_SIZE })}
          </button>
          <span className="records-range" aria-live="polite">
            {t('viewerscale.range', { first: number(first + 1), last: number(first + shown.length), total: number(violations.length) })}
          </span>
          <button type="button" disabled={index >= pages - 1} onClick={() => setPage({ list: violations, index: index + 1 })}>
            {t('viewerscale.nextPage', { count: FACILITY_LEVEL_PAGE_SIZE })}
          </button>
        </div>
      )}
    </>
  );
}
