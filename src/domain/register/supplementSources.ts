/**
 * The supplement cites sources by URL with a title and quote per record. Each URL becomes one Source (deduplicated,
 * with an id derived from the URL so it stays the same across imports) and each citation a SourceRef.
 */
import type { SourceKind } from '../enums';
import type { Source, SourceCapture, SourceRef } from '../types';
import { CAPTURE_BY, CAPTURE_COMMIT, CAPTURE_REPOSITORY } from './registerSources';
import type { SupplementRecord, SupplementSource } from './supplement';

/**
 * Files the supplement read in a third party's GitHub archive (see the shared data README): who published the data
 * (only where known — the HRNK map's original was never seen, so it is attributed, not published, by HRNK) and the
 * capture that holds it. Sources cited under a per-entity title ("… API export, entity pfbkfpqvule '…'") get the
 * file's own title, and each citation keeps the entity as its locator.
 */
const ARCHIVE = `${CAPTURE_REPOSITORY}/blob/${CAPTURE_COMMIT}`;
const PROBES = 'docs/research/probes/camps';

function archived(path: string): SourceCapture {
  // The repository does not say when these probes were taken.
  return { by: CAPTURE_BY, at: 'unknown', repository: CAPTURE_REPOSITORY, commit: CAPTURE_COMMIT, path };
}

const KNOWN_SOURCES: Readonly<Record<string, Partial<Source>>> = {
  [`${ARCHIVE}/${PROBES}/nkpd_facilities.json`]: {
    title:
      'Korea Future North Korean Prison Database (nkpd.io) API export, archived in GitHub repo ' +
      'Ahmet-Dedeler/free-north-korea docs/research/probes/camps/nkpd_facilities.json @ b094dd6 (secondary copy)',
    publisher: 'Korea Future',
    capture: archived(`${PROBES}/nkpd_facilities.json`),
    note: {
      en: "A third party's capture of NKPD's API (another than the register's), not read on nkpd.io: to be re-checked there.",
      ko: '제3자가 보관한 NKPD API 응답(등록부와는 다른 사본)이며 nkpd.io에서 직접 읽지 않았습니다. 그곳에서 다시 확인해야 합니다.',
    },
  },
  [`${ARCHIVE}/${PROBES}/hrnk_camps.kml`]: {
    capture: archived(`${PROBES}/hrnk_camps.kml`),
    note: {
      en:
        "A Google My Maps export whose text is attributed to HRNK, kept in a third party's GitHub repository; the " +
        'original map was not seen, so HRNK is not given as its publisher.',
      ko:
        '본문이 HRNK의 것으로 되어 있는 Google 내 지도 내보내기 파일로, 제3자의 GitHub 저장소에 보관되어 있습니다. 원본 지도를 ' +
        '확인하지 못해 HRNK를 발행처로 적지 않습니다.',
    },
  },
  [`${ARCHIVE}/${PROBES}/wikipedia_camp_coordinates.json`]: {
    kind: 'database',
    publisher: 'Wikipedia',
    capture: { ...archived(`${PROBES}/wikipedia_camp_coordinates.json`), method: 'MediaWiki API' },
  },
};

/**
 * Publishers of the pages the supplement read on the publisher's own site. A copy on another host (yumpu,
 * vdocuments, a Wikipedia mirror) gets none: the host is not the publisher, and the copy was not checked against the
 * original.
 */
const PUBLISHER_BY_HOST: Readonly<Record<string, string>> = {
  'en.wikipedia.org': 'Wikipedia',
  'hrnk.org': 'Committee for Human Rights in North Korea (HRNK)',
  '2009-2017.state.gov': 'US Department of State',
  'nknews.org': 'NK News',
  'mynorthkorea.blogspot.com': 'AccessDPRK (Jacob Bogle)',
  'stopnkcrimes.org': 'International Coalition to Stop Crimes against Humanity in North Korea (ICNK)',
};

function publisherOf(url: string): Pick<Source, 'publisher'> {
  const host = url.replace(/^[a-z]+:\/\//i, '').split('/')[0]?.replace(/^www\./i, '') ?? '';
  const publisher = PUBLISHER_BY_HOST[host];
  return publisher ? { publisher } : {};
}

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
      ...publisherOf(source.url),
      ...KNOWN_SOURCES[source.url],
      visibility: 'public',
    });
  }
  return byUrl;
}

const JSON_MEMBER = /"([^"]+)":\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/g;
const KML_COORDINATES = /(?:\s*\.\.\.)?\s*<coordinates>\s*([^<]*?)\s*(?:<\/coordinates>)?\s*$/;

/**
 * What a supplement "quote" really is. Text copied from a JSON file ("title": "…" ... "lat": 39.6) is a database's
 * values, so it becomes fields; a KML placemark's <coordinates> element is a value too, split from the placemark's
 * words; anything else is the source's words and stays a quote.
 */
export function citedText(text: string): Pick<SourceRef, 'quote' | 'fields'> {
  if (/^\s*"[^"]+":/.test(text)) {
    const fields = Object.fromEntries([...text.matchAll(JSON_MEMBER)].map(([, key = '', value = '']) => [key, value.startsWith('"') ? (JSON.parse(value) as string) : value]));
    return { fields };
  }
  const coordinates = KML_COORDINATES.exec(text);
  if (coordinates && coordinates.index > 0) {
    return { quote: text.slice(0, coordinates.index).trim(), fields: { coordinates: coordinates[1] ?? '' } };
  }
  return { quote: text };
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
    return [{ sourceId: source.id, ...(locator ? { locator } : {}), ...(cited.quote ? citedText(cited.quote) : {}) }];
  });
}
