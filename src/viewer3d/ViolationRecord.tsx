import { useTranslation } from 'react-i18next';
import type { Source, Violation } from '../domain/types';
import { CATEGORY_COLOURS } from './categoryColours';
import { SourceList } from './SourceList';
import { localText } from '../domain/localText';

function dateText(violation: Violation, unknown: string): string {
  const { from, to } = violation.date;
  if (from && to) return `${from} – ${to}`;
  return from ?? to ?? unknown;
}

/** One documented violation: category, dates, summary, where it is placed and why, sources with quotes. */
export function ViolationRecord({ violation, sources }: { violation: Violation; sources: ReadonlyMap<string, Source> }) {
  const { t, i18n } = useTranslation();
  const summary = localText(violation.summary, i18n.language);
  return (
    <article className="violation-record" aria-label={t(`category.${violation.category}`)} data-violation-id={violation.id}>
      <h4>
        <span className="category-swatch" style={{ background: CATEGORY_COLOURS[violation.category] }} aria-hidden="true" />
        {t(`category.${violation.category}`)}
      </h4>
      <p className="violation-meta">
        {dateText(violation, t('viewer.dateUnknown'))} · {t(`placement.${violation.placement}`)}
      </p>
      <p>{summary}</p>
      <SourceList references={violation.sources} sources={sources} />
    </article>
  );
}
