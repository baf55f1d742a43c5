/**
 * Exported records as flat rows of text, the shape CSV, Uwazi CSV and KML share: one column per field, the
 * sources twice (readable titles, and the exact citations as JSON so an import brings them back), and the
 * attribution and licence lines on every row.
 */
import { boundaryNameFor } from '../../provinceNames';
import type { Facility, Province, Source, SourceRef, Violation } from '../../types';
import { joinedLines, type AttributionLines } from './attribution';

export type ExportRow = Record<string, string>;

/** The province's code in the boundaries (COD-AB P-code), for joining to admin layers in a GIS. */
export function provinceCode(province: string, provinces: readonly Province[]): string {
  const name = boundaryNameFor(province).toLowerCase();
  return provinces.find((boundary) => boundary.name.toLowerCase() === name)?.pcode ?? '';
}

/** Exact text of a number: every digit JavaScript holds, so an import reads back the same coordinate. */
function coordinate(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

export function readableSources(refs: readonly SourceRef[], sources: ReadonlyMap<string, Source>): string {
  return refs.map((ref) => [sources.get(ref.sourceId)?.title ?? ref.sourceId, ref.locator].filter(Boolean).join(' — ')).join(' | ');
}

export function facilityRow(facility: Facility, sources: ReadonlyMap<string, Source>, provinces: readonly Province[], lines: AttributionLines): ExportRow {
  const [longitude, latitude] = facility.location ?? [];
  return {
    record: 'facility',
    id: facility.id,
    name_en: facility.name.en,
    name_ko: facility.name.ko ?? '',
    type: facility.type,
    agency: facility.agency,
    province: facility.province,
    province_pcode: provinceCode(facility.province, provinces),
    county: facility.county ?? '',
    status: facility.status,
    precision: facility.precision,
    nkpd_id: facility.nkpdId ?? '',
    aliases: (facility.aliases ?? []).join('; '),
    latitude: coordinate(latitude),
    longitude: coordinate(longitude),
    notes: (facility.notes ?? []).join(' | '),
    sources: readableSources(facility.sources, sources),
    sources_json: JSON.stringify(facility.sources),
    attribution: joinedLines(lines.attribution),
    license: joinedLines(lines.license),
  };
}

export function violationRow(violation: Violation, sources: ReadonlyMap<string, Source>, lines: AttributionLines): ExportRow {
  const [longitude, latitude] = violation.location ?? [];
  return {
    record: 'violation',
    id: violation.id,
    facility_id: violation.facilityId,
    room_id: violation.roomId ?? '',
    category: violation.category,
    date_from: violation.date.from ?? '',
    date_to: violation.date.to ?? '',
    summary_en: violation.summary.en,
    summary_ko: violation.summary.ko ?? '',
    placement: violation.placement,
    visibility: violation.visibility,
    latitude: coordinate(latitude),
    longitude: coordinate(longitude),
    sources: readableSources(violation.sources, sources),
    sources_json: JSON.stringify(violation.sources),
    attribution: joinedLines(lines.attribution),
    license: joinedLines(lines.license),
  };
}

/** The columns of rows of both kinds, in a fixed order: each kind's own first, the shared ones last. */
export const CSV_COLUMNS = [
  'record', 'id', 'name_en', 'name_ko', 'type', 'agency', 'province', 'province_pcode', 'county', 'status', 'precision', 'nkpd_id', 'aliases',
  'facility_id', 'room_id', 'category', 'date_from', 'date_to', 'summary_en', 'summary_ko', 'placement', 'visibility',
  'latitude', 'longitude', 'notes', 'sources', 'sources_json', 'attribution', 'license',
] as const;
