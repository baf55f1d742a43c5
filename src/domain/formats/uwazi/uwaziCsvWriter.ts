/**
 * Records → a CSV Uwazi imports (one template per file): "Title" and its translation "Title__ko", select values
 * by their labels, the point as Uwazi's geolocation cell "lat|lon" (latitude first; one point per cell), several
 * values joined by "|". Uwazi ignores the columns its template lacks ("Atlas id", "Sources json"); this app reads
 * them back, so ids and citations survive a round trip through the file.
 */
import type { Position } from 'geojson';
import type { Facility, Province, Source, Violation } from '../../types';
import { csvText } from '../csv/csvWriter';
import { joinedLines, type AttributionLines } from '../export/attribution';
import { provinceCode, readableSources } from '../export/exportRows';
import { CATEGORY_LABELS, STATUS_LABELS, TYPE_LABELS } from '../mapping/vocabulary';

const FACILITY_COLUMNS = [
  'Title', 'Title__ko', 'Template', 'Atlas id', 'NKPD id', 'Type', 'Agency', 'Province', 'Province pcode', 'County', 'Status',
  'Precision', 'Geolocation', 'Aliases', 'Sources', 'Sources json', 'Attribution', 'Licence',
];

const VIOLATION_COLUMNS = [
  'Title', 'Title__ko', 'Template', 'Atlas id', 'Facility id', 'Room id', 'Category', 'Date from', 'Date to', 'Placement',
  'Visibility', 'Geolocation', 'Sources', 'Sources json', 'Attribution', 'Licence',
];

/** Uwazi's geolocation cell: latitude, "|", longitude. */
function geolocationCell(location: Position | null): string {
  return location ? `${location[1]}|${location[0]}` : '';
}

export function uwaziFacilitiesCsv(facilities: readonly Facility[], sources: ReadonlyMap<string, Source>, provinces: readonly Province[], lines: AttributionLines): string {
  const rows = facilities.map((facility) => ({
    Title: facility.name.en,
    Title__ko: facility.name.ko ?? '',
    Template: 'Penal facility',
    'Atlas id': facility.id,
    'NKPD id': facility.nkpdId ?? '',
    Type: TYPE_LABELS[facility.type],
    Agency: facility.agency,
    Province: facility.province,
    'Province pcode': provinceCode(facility.province, provinces),
    County: facility.county ?? '',
    Status: STATUS_LABELS[facility.status],
    Precision: facility.precision,
    Geolocation: geolocationCell(facility.location),
    Aliases: (facility.aliases ?? []).join('|'),
    ...shared(facility.sources, sources, lines),
  }));
  return csvText(FACILITY_COLUMNS, rows, { byteOrderMark: false });
}

export function uwaziViolationsCsv(violations: readonly Violation[], sources: ReadonlyMap<string, Source>, lines: AttributionLines): string {
  const rows = violations.map((violation) => ({
    Title: violation.summary.en,
    Title__ko: violation.summary.ko ?? '',
    Template: 'Violation',
    'Atlas id': violation.id,
    'Facility id': violation.facilityId,
    'Room id': violation.roomId ?? '',
    Category: CATEGORY_LABELS[violation.category],
    'Date from': violation.date.from ?? '',
    'Date to': violation.date.to ?? '',
    Placement: violation.placement,
    Visibility: violation.visibility,
    Geolocation: geolocationCell(violation.location),
    ...shared(violation.sources, sources, lines),
  }));
  return csvText(VIOLATION_COLUMNS, rows, { byteOrderMark: false });
}

function shared(refs: Facility['sources'], sources: ReadonlyMap<string, Source>, lines: AttributionLines) {
  return {
    Sources: readableSources(refs, sources),
    'Sources json': JSON.stringify(refs),
    Attribution: joinedLines(lines.attribution),
    Licence: joinedLines(lines.license),
  };
}
