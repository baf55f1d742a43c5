/**
 * The register as a Source — Korea Future's data, as a third party captured it from NKPD's public search API —, the
 * capture it came from, and each entity's citation of it (the entity page, and the register's field values).
 */
import type { RegisterInfo, Source, SourceCapture, SourceRef } from '../types';
import { PUBLISHED_FIGURES } from './registerFigures';
import type { RegisterRow } from './registerTsv';

export const REGISTER_SOURCE_ID = 'nkpd-register';
export const REGISTER_NAME = 'North Korean Prison Database (Korea Future)';
export const REGISTER_URL = 'https://nkpd.io';

/** The GitHub repository whose owner captured NKPD's API and the Visual Atlas (see the shared data README). */
export const CAPTURE_REPOSITORY = 'https://github.com/Ahmet-Dedeler/free-north-korea';
export const CAPTURE_COMMIT = 'b094dd6babb26424f8a4f8b3b99bbc7f1f30de09';
export const CAPTURE_BY = 'Ahmet-Dedeler, owner of the GitHub repository Ahmet-Dedeler/free-north-korea';

/** The capture this register file transcribes: when and where the third party kept NKPD's API response. */
export const REGISTER_CAPTURE: SourceCapture = {
  by: CAPTURE_BY,
  at: '2026-10-01T16:20:28Z',
  method: 'NKPD public search API: https://nkpd.io/api/search?types=["5ffd3802a52dd767e173941b"]&limit=1000',
  repository: CAPTURE_REPOSITORY,
  commit: CAPTURE_COMMIT,
  path: 'data/raw/nkpd/facilities.json',
};

export function registerSource(capturedAt: string): Source {
  return {
    id: REGISTER_SOURCE_ID,
    kind: 'database',
    title: `${REGISTER_NAME}: penal facility register, captured ${capturedAt}`,
    url: REGISTER_URL,
    publisher: 'Korea Future',
    date: capturedAt,
    visibility: 'public',
    capture: REGISTER_CAPTURE,
    note: {
      en:
        "Not read on nkpd.io: a third party's capture of NKPD's public search API, kept in a GitHub repository and " +
        'transcribed for this project. Every value is to be re-checked on nkpd.io before it is relied on.',
      ko:
        'nkpd.io에서 직접 읽은 자료가 아닙니다. 제3자가 NKPD의 공개 검색 API 응답을 GitHub 저장소에 보관한 것을 이 ' +
        '프로젝트가 옮겨 적었습니다. 모든 값은 사용하기 전에 nkpd.io에서 다시 확인해야 합니다.',
    },
  };
}

export function registerInfo(capturedAt: string, entities: number): RegisterInfo {
  return { name: REGISTER_NAME, url: REGISTER_URL, capturedAt, entities, sourceId: REGISTER_SOURCE_ID, figures: PUBLISHED_FIGURES };
}

/** The register's columns a citation carries, in the register's order, under the register's own column names. */
const CITED_COLUMNS = ['type', 'affiliation', 'agency', 'province', 'status', 'lat', 'lon', 'edited'] as const;

/**
 * The entity's citation: its page as locator, and the register's own values for what the record claims (type,
 * agency, province, status, location) as fields — a database's values, never a quote.
 */
export function registerSourceRef(row: RegisterRow): SourceRef {
  const { fields } = row;
  const cited: Record<string, string> = {};
  for (const column of CITED_COLUMNS) {
    const value = fields[column].trim();
    // The capture writes "null" where NKPD has no geolocation: no value is given, so none is cited.
    if (value !== '' && value.toLowerCase() !== 'null') cited[column] = value;
  }
  const locator = fields.url.trim();
  return { sourceId: REGISTER_SOURCE_ID, ...(locator ? { locator } : {}), fields: cited };
}
