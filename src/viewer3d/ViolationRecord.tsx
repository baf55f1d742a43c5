import type { TFunction } from 'i18next';
import { caseNumbers, decadeOf } from '../domain/plan3d/facilityLevel';
import type { Source, Violation } from '../domain/types';
import { CATEGORY_COLOURS } from './categoryColours';
import { SourceList } from './SourceList';
import { localText } from '../domain/localText';

function dateText(violation: Violation, t: TFunction): string {
  const { from, to } = violation.date;
  const decade = violation.date.precision === 'decade' ? decadeOf(violation) : null;
  if (decade !== null) return t('viewerscale.decade', { decade });
  if (from && to) return `${from} – ${to}`;
  return from ?? to ?? t('viewer.dateUnknown');
}

interface Props {
  violation: Violation;
  sources: ReadonlyMap<string, Source>;
  /** The caller's words, translated once for a page of records. */
  t: TFunction;
  language: string;
}

/** One documented violation: category, dates, where it is placed and why, case numbers, summary, sources with quotes. */
export function ViolationRecord({ violation, sources, t, language }: Props) {
  const summary = localText(violation.summary, language);
  return (
    <article className="violation-record" aria-label={t(`category.${violation.category}`)} data-violation-id={violation.id}>
      <h4>
        <span className="category-swatch" style={{ background: CATEGORY_COLOURS[violation.category] }} aria-hidden="true" />
        {t(`category.${violation.category}`)}
      </h4>
      <p className="violation-meta">
        {dateText(violation, t)} · {t(`placement.${violation.placement}`)}
        {caseNumbers(violation, sources).map((number) => (
          <span key={number} className="case-number">
            {' · '}
            {t('viewerscale.caseNumber', { number })}
          </span>
        ))}
      </p>
      <p>{summary}</p>
      <SourceList references={violation.sources} sources={sources} t={t} language={language} />
    </article>
  );
}
