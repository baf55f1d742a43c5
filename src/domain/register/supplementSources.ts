/**
 * The supplement cites sources by URL with a title and quote per record. Each URL becomes one Source (deduplicated,
 * with an id derived from the URL so it stays the same across imports) and each citation a SourceRef.
 */
import type { SourceKind } from '../enums';
import type { Source, SourceRef } from '../types';
import type { SupplementRecord, SupplementSource } from './supplement';

/**
 * Sources the supplement cites under a per-entity title ("… API export, entity pfbkfpqvule '…', archived …"); the
 * Source gets the file's own title, and each citation keeps the entity as its locator.
 */
const ARCHIVE = 'https://github.com/Ahmet-Dedeler/free-north-korea/blob/b094dd6babb26424f8a4f8b3b99bbc7f1f30de09';
const KNOWN_SOURCES: Readonly<Record<string, Pick<Source, 'title' | 'publisher'>>> = {
  [`${ARCHIVE}/docs/research/probes/camps/nkpd_facilities.json`]: {
    title:
      'Korea Future North Korean Prison Database (nkpd.io) API export, archived in GitHub repo ' +
      'Ahmet-Dedeler/free-north-korea docs/research/probes/camps/nkpd_facilities.json @ b094dd6 (secondary copy)',
    publisher: 'Korea Future',
  },
};

const ENTITY_IN_TITLE = /\bentity ([a-z0-9]{8,14})\b/i;

/** A kind from how the supplement describes the source: data exports and maps, reports, else articles. */
export function supplementSourceKind(source: SupplementSource): SourceKind {
  const described = `${source.title} ${source.url}`;
  if (/database|api export|my maps|\.kml\b/i.test(described)) return 'database';
  if (/\breports?\b|analysis/i.test(described)) return 'report';
  return 'article';
}

/** 32-bit FNV-1a as 8 hex digits: a short, stable fingerprint (not for security). */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Readable and stable: the host and last path segment, then a fingerprint of the whole URL for uniqueness. */
export function supplementSourceId(url: string): string {
  const withoutScheme = url.replace(/^[a-z]+:\/\//i, '').replace(/^www\./i, '');
  const host = withoutScheme.split('/')[0] ?? '';
  const lastSegment = withoutScheme.split(/[?#]/)[0]?.split('/').filter(Boolean).slice(1).pop() ?? '';
  const slug = `${host}-${lastSegment}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return `${slug}-${fingerprint(url)}`;
}

/** One Source per URL, in order of first citation; a URL's first title names it unless the URL is a known one. */
export function supplementSources(records: readonly SupplementRecord[]): Map<string, Source> {
  const byUrl = new Map<string, Source>();
  for (const source of records.flatMap((record) => record.sources)) {
    if (byUrl.has(source.url)) continue;
    byUrl.set(source.url, {
      id: supplementSourceId(source.url),
      kind: supplementSourceKind(source),
      title: source.title,
      url: source.url,
      ...KNOWN_SOURCES[source.url],
      visibility: 'public',
    });
  }
  return byUrl;
}

/**
 * A record's citations. Where the record's title differs from its Source's, the title says where in the source
 * the claim is: the entity it names, or the title itself, becomes the locator.
 */
export function supplementSourceRefs(record: SupplementRecord, sources: ReadonlyMap<string, Source>): SourceRef[] {
  return record.sources.flatMap((cited) => {
    const source = sources.get(cited.url);
    if (!source) return [];
    const entity = ENTITY_IN_TITLE.exec(cited.title)?.[1];
    const locator = cited.title === source.title ? undefined : entity ? `entity ${entity}` : cited.title;
    return [{ sourceId: source.id, ...(locator ? { locator } : {}), ...(cited.quote ? { quote: cited.quote } : {}) }];
  });
}
