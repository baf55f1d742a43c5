/**
 * Reads the supplementary facilities file (public-facilities.geojson: located facilities with source quotes; see
 * the shared data README). A record this import cannot use is reported and skipped; the rest keep their text.
 */
import type { Position } from 'geojson';
import { MalformedInputError, type ImportIssue } from './importIssue';

export interface SupplementSource {
  url: string;
  title: string;
  quote?: string;
}

export interface SupplementRecord {
  /** Position in the file, for messages. */
  index: number;
  id: string;
  nameEn: string;
  nameKo?: string;
  aliases: string[];
  facilityType: string;
  agency: string;
  province: string;
  county?: string;
  precision: string;
  status: string;
  statusNote?: string;
  coordOrigin?: string;
  notes?: string;
  nkpdSharedId?: string;
  sources: SupplementSource[];
  /** [lon, lat]. */
  location: Position;
}

export interface ParsedSupplement {
  records: SupplementRecord[];
  issues: ImportIssue[];
}

type Properties = Record<string, unknown>;

function text(properties: Properties, key: string): string | undefined {
  const value = properties[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function readSources(value: unknown): SupplementSource[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const source = (item ?? {}) as Properties;
    const url = text(source, 'url');
    if (!url) return [];
    const quote = text(source, 'quote');
    return [{ url, title: text(source, 'title') ?? url, ...(quote ? { quote } : {}) }];
  });
}

function readPoint(geometry: unknown): Position | null {
  const point = (geometry ?? {}) as { type?: unknown; coordinates?: unknown };
  if (point.type !== 'Point' || !Array.isArray(point.coordinates)) return null;
  const [lon, lat] = point.coordinates as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) return null;
  return [lon, lat];
}

/** Why a feature cannot become a record, or the record. */
function readRecord(feature: unknown, index: number): SupplementRecord | string {
  const { properties, geometry } = (feature ?? {}) as { properties?: unknown; geometry?: unknown };
  if (properties === null || typeof properties !== 'object') return 'has no properties';
  const props = properties as Properties;
  const id = text(props, 'id');
  const nameEn = text(props, 'name_en');
  if (!id || !nameEn) return 'lacks an id or name_en';
  const location = readPoint(geometry);
  if (!location) return `${id} has no Point geometry with finite coordinates`;
  const [lon = 0, lat = 0] = location;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    const swapped = Math.abs(lon) <= 90 && Math.abs(lat) <= 180 ? ' (longitude and latitude look swapped: GeoJSON writes [longitude, latitude])' : '';
    return `${id}'s point [${lon}, ${lat}] is not on Earth${swapped}`;
  }
  const sources = readSources(props.sources);
  if (sources.length === 0) return `${id} has no source with a url`;
  const optional = (key: string) => text(props, key);
  const pick = <K extends string>(entries: [K, string | undefined][]) =>
    Object.fromEntries(entries.filter(([, value]) => value !== undefined)) as Partial<Record<K, string>>;
  return {
    index,
    id,
    nameEn,
    aliases: Array.isArray(props.aliases)
      ? props.aliases.filter((alias): alias is string => typeof alias === 'string')
      : [],
    facilityType: optional('facility_type') ?? 'other',
    agency: optional('agency') ?? 'unknown',
    province: optional('province') ?? '',
    precision: optional('precision') ?? 'approximate',
    status: optional('status') ?? 'unknown',
    ...pick([
      ['nameKo', optional('name_ko')],
      ['county', optional('county')],
      ['statusNote', optional('status_note')],
      ['coordOrigin', optional('coord_origin')],
      ['notes', optional('notes')],
      ['nkpdSharedId', optional('nkpd_sharedId')?.trim()],
    ]),
    sources,
    location,
  };
}

/** Parses the supplement; throws MalformedInputError unless it is a GeoJSON FeatureCollection. */
export function parseSupplement(json: unknown, file: string): ParsedSupplement {
  const collection = (json ?? {}) as { type?: unknown; features?: unknown };
  if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new MalformedInputError(`${file}: not a GeoJSON FeatureCollection`);
  }
  const records: SupplementRecord[] = [];
  const issues: ImportIssue[] = [];
  const seenIds = new Set<string>();
  collection.features.forEach((feature: unknown, index) => {
    const record = readRecord(feature, index);
    const skip = (why: string) => {
      issues.push({ file, where: `feature #${index}`, message: `${why}; skipped`, skipped: true });
    };
    if (typeof record === 'string') return skip(record);
    if (seenIds.has(record.id)) return skip(`repeats id ${record.id}`);
    seenIds.add(record.id);
    records.push(record);
  });
  return { records, issues };
}
