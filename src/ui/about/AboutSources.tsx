import { localText } from '../../domain/localText';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../domain/types';
import { isWebUrl } from '../../domain/webUrl';


/** One source: who published it, who captured it and when, its licence and note. Data is rendered as text. */
function SourceEntry({ source }: { source: Source }) {
  const { t, i18n } = useTranslation();
  const { capture } = source;
  return (
    <li className="about-source" data-source-id={source.id}>
      <h4>{isWebUrl(source.url) ? <a href={source.url} target="_blank" rel="noreferrer">{source.title}</a> : source.title}</h4>
      <dl>
        <dt>{t('honest.about.kind')}</dt>
        <dd>{t(`sourceKind.${source.kind}`)}</dd>
        <dt>{t('honest.about.publisher')}</dt>
        <dd>{source.publisher ?? t('honest.about.noPublisher')}</dd>
        {source.date && (
          <>
            <dt>{t('honest.about.date')}</dt>
            <dd>{source.date}</dd>
          </>
        )}
        {capture && (
          <>
            <dt>{t('honest.about.captureHeading')}</dt>
            <dd>
              {t('honest.about.captured', { by: capture.by, at: capture.at === 'unknown' ? t('honest.about.capturedUnknown') : capture.at })}
              {capture.method && <p>{t('honest.about.captureMethod')}: {capture.method}</p>}
              {capture.repository && (
                <p>
                  {t('honest.about.captureRepository')}: {capture.repository}
                  {capture.commit && ` @ ${capture.commit}`}
                  {capture.path && ` · ${capture.path}`}
                </p>
              )}
            </dd>
          </>
        )}
        <dt>{t('honest.about.license')}</dt>
        <dd>{source.license ?? t('honest.about.noLicense')}</dd>
      </dl>
      {source.note && <p className="about-source-note">{localText(source.note, i18n.language)}</p>}
    </li>
  );
}

export function AboutSources({ sources }: { sources: readonly Source[] }) {
  return (
    <ol className="about-sources">
      {sources.map((source) => (
        <SourceEntry key={source.id} source={source} />
      ))}
    </ol>
  );
}
