import type { Source, SourceRef } from '../domain/types';

function isWebLink(text: string | undefined): text is string {
  return !!text && /^https?:\/\//.test(text);
}

/** Sources of a record with their quotes; restricted sources never appear in public data, so all are public. */
export function SourceList({ references, sources }: { references: SourceRef[]; sources: ReadonlyMap<string, Source> }) {
  if (references.length === 0) return null;
  return (
    <ol className="viewer-sources">
      {references.map((reference, index) => {
        const source = sources.get(reference.sourceId);
        const href = isWebLink(reference.locator) ? reference.locator : source?.url;
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
