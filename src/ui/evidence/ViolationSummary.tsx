import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { violationsOf } from '../../domain/evidence/evidenceIndex';
import { facilityEvidence, type FacilityEvidence } from '../../domain/evidence/facilityEvidence';
import type { Facility, Source } from '../../domain/types';
import { isWebUrl } from '../../domain/webUrl';
import { CardSection } from '../FacilityCard';
import { useEvidence } from './evidenceContext';
import type { ChartLabels } from './ViolationChart';
import { ViolationCases } from './ViolationCases';

// Observable Plot loads with the first card that has violations to draw, not with the map.
const ViolationChart = lazy(() => import('./ViolationChart'));

function CountTable({ evidence }: { evidence: FacilityEvidence }) {
  const { t } = useTranslation();
  return (
    <details>
      <summary>{t('evidence.asTable')}</summary>
      <table>
        <caption>{t('evidence.byCategory')}</caption>
        <tbody>
          {evidence.byCategory.map((entry) => (
            <tr key={entry.category}>
              <th scope="row">{t(`category.${entry.category}`)}</th>
              <td>{entry.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>{t('evidence.byDecade')}</caption>
        <tbody>
          {evidence.byDecade.map((bin) => (
            <tr key={bin.decade}>
              <th scope="row">{t('evidence.decadeName', { decade: bin.decade })}</th>
              <td>{bin.count}</td>
            </tr>
          ))}
          {evidence.unknownDate > 0 && (
            <tr>
              <th scope="row">{t('evidence.unknownDateShort')}</th>
              <td>{evidence.unknownDate}</td>
            </tr>
          )}
        </tbody>
      </table>
    </details>
  );
}

function SourceLine({ source, sourceId, count }: { source: Source | undefined; sourceId: string; count: number }) {
  const { t } = useTranslation();
  const title = source?.title ?? sourceId;
  return (
    <li className="violation-source">
      {isWebUrl(source?.url) ? (
        <a href={source.url} target="_blank" rel="noreferrer">
          {title}
        </a>
      ) : (
        title
      )}
      {source?.publisher && ` — ${source.publisher}`}
      {source?.capture && ` · ${t('evidence.capturedBy', { by: source.capture.by, at: source.capture.at.slice(0, 10) })}`}
      {` · ${t('evidence.citedBy', { count })}`}
    </li>
  );
}

/**
 * A facility's record of violations as a picture: how many, a chart by category and by decade (with the same
 * counts as tables), the sources the records cite, and the case numbers one click away.
 */
export function ViolationSummary({ facility, sources }: { facility: Facility; sources: ReadonlyMap<string, Source> }) {
  const { t } = useTranslation();
  const evidence = useEvidence();
  const index = evidence?.index;
  const violations = useMemo(() => (index ? violationsOf(index, facility.id) : []), [index, facility.id]);
  const record = useMemo(() => facilityEvidence(violations), [violations]);
  const labels: ChartLabels = useMemo(
    () => ({
      category: (category) => t(`category.${category}`),
      decade: (decade) => t('evidence.decadeShort', { decade }),
      unknown: t('evidence.unknownDateShort'),
      categoryAxis: t('evidence.violationsAxis'),
      decadeAxis: t('evidence.violationsAxis'),
    }),
    [t],
  );
  if (!evidence || violations.length === 0) return null;
  const summary = [
    t('evidence.cardTotal', { count: record.total }),
    record.byCategory.map((entry) => `${t(`category.${entry.category}`)} ${entry.count}`).join(', '),
  ].join(' ');
  return (
    <CardSection title={t('evidence.cardHeading')} className="violation-summary">
      <p data-testid="violation-total">
        {t('evidence.cardTotal', { count: record.total })}
        {evidence.active && ` ${t('evidence.cardPassing', { count: evidence.countOf(facility.id) })}`}
      </p>
      <figure role="img" aria-label={summary}>
        <Suspense fallback={<p role="status">{t('evidence.chartLoading')}</p>}>
          <ViolationChart evidence={record} labels={labels} />
        </Suspense>
      </figure>
      <CountTable evidence={record} />
      <ul className="violation-sources" aria-label={t('evidence.sources')}>
        {record.sources.map((entry) => (
          <SourceLine key={entry.sourceId} source={sources.get(entry.sourceId)} sourceId={entry.sourceId} count={entry.count} />
        ))}
      </ul>
      <ViolationCases violations={violations} />
    </CardSection>
  );
}
