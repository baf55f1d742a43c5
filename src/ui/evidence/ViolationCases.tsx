import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { violationRow, type CodeLabel } from '../../domain/evidence/facilityEvidence';
import type { Violation } from '../../domain/types';

/** Long records (Yodok has hundreds of cases) are listed a page at a time. */
export const CASES_PAGE = 50;

function Labels({ labels }: { labels: readonly CodeLabel[] }) {
  return (
    <>
      {labels.map((label, index) => (
        <span key={label.code}>
          {index > 0 && '; '}
          {label.text}
          {label.ours && <span className="our-reading">°</span>}
        </span>
      ))}
    </>
  );
}

/**
 * The facility's violations one item each, behind a disclosure: case number, category, decade, NKDB's rights and
 * perpetrator labels; 50 to a page. A label marked ° is our reading of NKDB's romanised code.
 */
export function ViolationCases({ violations }: { violations: readonly Violation[] }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [page, setPage] = useState(0);
  const pages = Math.ceil(violations.length / CASES_PAGE);
  const first = page * CASES_PAGE;
  const rows = open ? violations.slice(first, first + CASES_PAGE).map((violation) => violationRow(violation, i18n.language)) : [];
  return (
    <details className="violation-cases" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('evidence.cases', { count: violations.length })}</summary>
      {open && (
        <>
          <ol className="case-list" aria-label={t('evidence.casesCaption', { from: first + 1, to: first + rows.length, count: violations.length })}>
            {rows.map((row) => (
              <li key={row.id}>
                <p className="case-line">
                  <span className="case-number">{row.caseNumber ?? t('evidence.noCaseNumber')}</span>
                  {' · '}
                  {t(`category.${row.category}`)}
                  {' · '}
                  {row.decade === null ? t('evidence.unknownDateShort') : t('evidence.decadeName', { decade: row.decade })}
                </p>
                {row.rights.length > 0 && (
                  <p className="case-codes">
                    {t('evidence.nkdbRights')}: <Labels labels={row.rights} />
                  </p>
                )}
                {row.perpetrators.length > 0 && (
                  <p className="case-codes">
                    {t('evidence.perpetrator')}: <Labels labels={row.perpetrators} />
                  </p>
                )}
              </li>
            ))}
          </ol>
          {pages > 1 && (
            <div className="violation-pager">
              <button type="button" onClick={() => setPage(page - 1)} disabled={page === 0}>
                {t('evidence.previousPage')}
              </button>
              <span role="status">{t('evidence.casesShown', { from: first + 1, to: first + rows.length, count: violations.length })}</span>
              <button type="button" onClick={() => setPage(page + 1)} disabled={page >= pages - 1}>
                {t('evidence.nextPage')}
              </button>
            </div>
          )}
          <p className="evidence-note">{t('evidence.labelsNote')}</p>
        </>
      )}
    </details>
  );
}
