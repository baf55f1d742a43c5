/**
 * What the count means, where a reader sees it: penal facilities apart from linked places (register entities that
 * are not places of detention), then the other figures a reader may meet — the register's entities as captured, the
 * publisher's own counts — each naming its source.
 */
import { localText } from '../domain/localText';
import { useTranslation } from 'react-i18next';
import type { CountFigures } from '../domain/facilityCounts';
import type { RegisterInfo, Source } from '../domain/types';
import { isWebUrl } from '../domain/webUrl';


interface Props {
  figures: CountFigures;
  register: RegisterInfo | undefined;
  sources: ReadonlyMap<string, Source>;
  /** Facilities the search and filters leave. */
  matching: number;
  located: number;
  unlocated: number;
}

function SourceName({ sourceId, sources }: { sourceId: string | undefined; sources: ReadonlyMap<string, Source> }) {
  const { t } = useTranslation();
  if (!sourceId) return null;
  const source = sources.get(sourceId);
  const title = source?.title ?? sourceId;
  return (
    <span className="figure-source">
      {' — '}
      {t('honest.count.source', { source: title })}
      {source?.publisher && ` (${source.publisher})`}
    </span>
  );
}

export function CountText({ figures, register, sources, matching, located, unlocated }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="summary-heading" className="summary count-text">
      <h2 id="summary-heading">{t('honest.count.penal', { count: figures.penal })}</h2>
      <p>
        {figures.linked > 0 && `${t('honest.count.linked', { count: figures.linked })} `}
        {t('honest.count.shownBy', { count: figures.shown })}
      </p>
      <p>{t('honest.count.matching', { shown: matching, count: figures.shown })}</p>
      <p>
        {t('summary.located', { count: located })} · {t('summary.unlocated', { count: unlocated })}
      </p>
      <h3>{t('honest.count.figuresHeading')}</h3>
      <ul className="count-figures">
        {register && (
          <li data-figure="register">
            {t('register.summary', { name: register.name, entities: register.entities, capturedAt: register.capturedAt })}
            <SourceName sourceId={register.sourceId} sources={sources} />{' '}
            {isWebUrl(register.url) && (
              <a href={register.url} rel="noreferrer" target="_blank">
                {t('register.link')}
              </a>
            )}
          </li>
        )}
        {figures.published.map((figure) => (
          <li key={`${figure.sourceId}-${figure.date}`} data-figure="published">
            {t('honest.count.published', { count: figure.count, what: localText(figure.what, i18n.language), date: figure.date })}
            <SourceName sourceId={figure.sourceId} sources={sources} />
            {figure.quote && <blockquote aria-label={t('card.quote')}>{figure.quote}</blockquote>}
          </li>
        ))}
      </ul>
    </section>
  );
}
