import type { Source, SourceRef } from '../domain/types';
import { isWebUrl } from '../domain/webUrl';

/** Sources of a record with their quotes; restricted sources never appear in public data, so all are public. */
export function SourceList({ references, sources }: { references: SourceRef[]; sources: ReadonlyMap<string, Source> }) {
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
            {reference.quote && <blockquote>{reference.quote}</blockquote>}
          </li>
        );
      })}
    </ol>
  );
}
