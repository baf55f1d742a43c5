import type { TFunction } from 'i18next';
import { localText } from '../domain/localText';
import type { Source, SourceRef } from '../domain/types';

import { isWebUrl } from '../domain/webUrl';

interface Props {
  references: SourceRef[];
  sources: ReadonlyMap<string, Source>;
  /** The caller's words: a page of records translates once, not once a record (useTranslation's set-up was ~0.2 ms a call). */
  t: TFunction;
  language: string;
}

/** Sources of a record with their quotes and any doubt about their link to it; restricted sources never appear in public data, so all are public. */
export function SourceList({ references, sources, t, language }: Props) {
  if (references.length === 0) return null;
  return (
    <ol className="viewer-sources">
      {references.map((reference, index) => {
        const source = sources.get(reference.sourceId);
        // Only http(s) addresses become links; any other (javascript:, file:) stays text, as the loader warned.
        const href = isWebUrl(reference.locator) ? reference.locator : isWebUrl(source?.url) ? source.url : undefined;
        const title = source?.title ?? reference.sourceId;
        return (
          <li key={`${reference.sourceId}-${index}`}>
            {href ? (
              <a href={href} target="_blank" rel="noreferrer">
                {title}
              </a>
            ) : (
              title
            )}
            {reference.doubt && <p className="source-doubt">{t('honest.card.linkDoubtful', { reason: localText(reference.doubt, language) })}</p>}
            {reference.quote && <blockquote>{reference.quote}</blockquote>}
          </li>
        );
      })}
    </ol>
  );
}
