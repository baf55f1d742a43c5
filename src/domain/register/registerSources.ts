/** The register as a Source, the capture it came from, and each entity's citation of it. */
import type { RegisterInfo, Source, SourceRef } from '../types';
import type { RegisterRow } from './registerTsv';

export const REGISTER_SOURCE_ID = 'nkpd-register';
export const REGISTER_NAME = 'North Korean Prison Database (Korea Future)';
export const REGISTER_URL = 'https://nkpd.io';

export function registerSource(capturedAt: string): Source {
  return {
    id: REGISTER_SOURCE_ID,
    kind: 'database',
    title: `${REGISTER_NAME}: penal facility register, captured ${capturedAt}`,
    url: REGISTER_URL,
    publisher: 'Korea Future',
    date: capturedAt,
    visibility: 'public',
  };
}

export function registerInfo(capturedAt: string, entities: number): RegisterInfo {
  return { name: REGISTER_NAME, url: REGISTER_URL, capturedAt, entities };
}

function coordinatesText(row: RegisterRow): string {
  return row.location ? `lat ${row.fields.lat.trim()}, lon ${row.fields.lon.trim()}` : 'no coordinates';
}

/**
 * The entity's citation: its page as locator, and the register's own words for what the record claims (type,
 * agency, province, status, location), so a reader can check the facility against the source at a glance.
 */
export function registerSourceRef(row: RegisterRow): SourceRef {
  const { fields } = row;
  const parts = [
    `Type: ${fields.type.trim()}`,
    `Agency: ${fields.agency.trim()}`,
    `Province: ${fields.province.trim()}`,
    `Status: ${fields.status.trim()}`,
    coordinatesText(row),
  ];
  if (fields.edited.trim() !== '') parts.push(`edited ${fields.edited.trim()}`);
  const locator = fields.url.trim();
  return { sourceId: REGISTER_SOURCE_ID, ...(locator ? { locator } : {}), quote: parts.join('; ') };
}
