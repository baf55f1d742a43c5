/**
 * An export from the map's filter in one of the field's formats, with its file name: GeoJSON (QGIS, geojson.io),
 * CSV (spreadsheets), Uwazi CSV (one template a file: facilities, or violations) and KML (Google Earth). A
 * restricted export says RESTRICTED in its file name and in every row.
 */
import type { Dataset, Source } from '../../types';
import { csvText } from '../csv/csvWriter';
import type { ExportFormat } from '../formatTypes';
import { geojsonText } from '../geojson/geojsonWriter';
import { kmlDocument } from '../kml/kmlWriter';
import { uwaziFacilitiesCsv, uwaziViolationsCsv } from '../uwazi/uwaziCsvWriter';
import { attributionLines, type AttributionLines, type ProvinceAttribution } from './attribution';
import { filterLine } from './filterLine';
import { CSV_COLUMNS, facilityRow, provinceCode, violationRow } from './exportRows';
import { selectForExport, type ExportRequest, type ExportSelection } from './exportSelection';

export interface ExportContext {
  /** ISO date-time of the export. */
  exportedAt: string;
  provinces?: ProvinceAttribution;
}

export interface ExportedFile {
  fileName: string;
  /** For the download's Blob. */
  mediaType: string;
  text: string;
  selection: ExportSelection;
  lines: AttributionLines;
}

const EXTENSIONS: Readonly<Record<ExportFormat, string>> = { geojson: 'geojson', csv: 'csv', 'uwazi-csv': 'uwazi.csv', kml: 'kml' };
const MEDIA_TYPES: Readonly<Record<ExportFormat, string>> = {
  geojson: 'application/geo+json',
  csv: 'text/csv;charset=utf-8',
  'uwazi-csv': 'text/csv;charset=utf-8',
  kml: 'application/vnd.google-earth.kml+xml',
};

/** "facility-atlas-facilities-2026-10-02.kml"; "…-RESTRICTED.kml" for a restricted export. */
export function exportFileName(format: ExportFormat, request: Pick<ExportRequest, 'contents' | 'restricted'>, exportedAt: string): string {
  return `facility-atlas-${request.contents}-${exportedAt.slice(0, 10)}${request.restricted ? '-RESTRICTED' : ''}.${EXTENSIONS[format]}`;
}

/** Uwazi imports one template per file: an Uwazi CSV holds facilities or violations, not both. */
export function checkExportRequest(format: ExportFormat, request: ExportRequest): string | null {
  return format === 'uwazi-csv' && request.contents === 'all' ? 'An Uwazi CSV holds one template: export facilities and violations as two files.' : null;
}

export function exportDataset(dataset: Dataset, format: ExportFormat, request: ExportRequest, context: ExportContext): ExportedFile {
  const selection = selectForExport(dataset, request);
  const usesProvinceCodes = format !== 'geojson' && selection.facilities.some((facility) => provinceCode(facility.province, dataset.provinces) !== '');
  const filters = filterLine(request.filter, request.evidence);
  const lines = attributionLines(selection, {
    exportedAt: context.exportedAt,
    usesProvinceCodes,
    ...(filters === null ? {} : { filters }),
    ...(dataset.register ? { register: dataset.register } : {}),
    ...(context.provinces ? { provinces: context.provinces } : {}),
  });
  const sources = new Map<string, Source>(selection.sources.map((source) => [source.id, source]));
  const facilityRows = selection.facilities.map((facility) => facilityRow(facility, sources, dataset.provinces, lines));
  const violationRows = selection.violations.map((violation) => violationRow(violation, sources, lines));
  const title = `Facility Atlas export ${context.exportedAt.slice(0, 10)}${selection.restricted ? ' (RESTRICTED)' : ''}`;
  let text: string;
  switch (format) {
    case 'geojson':
      text = geojsonText({ title, exportedAt: context.exportedAt, restricted: selection.restricted, facilities: selection.facilities, violations: selection.violations, sources: selection.sources, lines });
      break;
    case 'csv':
      text = csvText(CSV_COLUMNS, [...facilityRows, ...violationRows], { byteOrderMark: true });
      break;
    case 'uwazi-csv':
      text = request.contents === 'violations' ? uwaziViolationsCsv(selection.violations, sources, lines) : uwaziFacilitiesCsv(selection.facilities, sources, dataset.provinces, lines);
      break;
    case 'kml':
      text = kmlDocument(
        title,
        selection.facilities.map((record, index) => ({ record, row: facilityRows[index]! })),
        selection.violations.map((record, index) => ({ record, row: violationRows[index]! })),
        lines,
      );
      break;
  }
  return { fileName: exportFileName(format, request, context.exportedAt), mediaType: MEDIA_TYPES[format], text, selection, lines };
}
