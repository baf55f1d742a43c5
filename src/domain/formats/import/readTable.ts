/**
 * Any importable file → its rows, whatever the format: CSV streams row by row; GeoJSON, Uwazi JSON, KML and KMZ
 * are read whole (bounded by MAX_DOCUMENT_BYTES) and then handed out row by row the same way.
 */
import { parseJson } from '../../json/parseJson';
import { createReporter } from '../../validation/reporter';
import { readCsv } from '../csv/csvRows';
import { importProblem, type ByteSource, type ImportFormat, type ImportProblem, type ProgressCallback, type TableRow } from '../formatTypes';
import { headersOf } from '../geojson/flatten';
import { readGeojsonValue, type DocumentRead } from '../geojson/geojsonReader';
import { decodeWhole, EncodingError } from '../input/decodeText';
import { detectFamily, type FileFamily } from '../input/detectFormat';
import { readAll, readHead } from '../input/readBytes';
import { readKmlText, readKmzBytes } from '../kml/kmlReader';
import { isUwaziSearch, readUwaziJson } from '../uwazi/uwaziJson';

export interface TableReadOptions {
  encoding?: string;
  onProgress?: ProgressCallback;
  onBytes?: (chunk: Uint8Array) => void;
  /** The sources a document lists itself, before its first row (this app's GeoJSON export carries them). */
  onFileSources?: (sources: readonly unknown[]) => void;
  /** Each row in order; return false to stop. */
  onRow: (row: TableRow) => boolean | void;
}

export interface TableRead {
  format: ImportFormat | null;
  headers: string[];
  problems: ImportProblem[];
  fileSources: unknown[];
}

export async function readTable(source: ByteSource, options: TableReadOptions): Promise<TableRead> {
  const family = detectFamily(source.name, await readHead(source));
  if (family === 'csv') {
    const read = await readCsv(source, options);
    return { format: csvFormat(read.headers), headers: read.headers, problems: read.problems, fileSources: [] };
  }
  const whole = await readAll(source, (done, total) => options.onProgress?.(done, total));
  if (!whole.ok) return { format: null, headers: [], problems: [whole.problem], fileSources: [] };
  options.onBytes?.(whole.bytes);
  let document: DocumentRead & { format: ImportFormat | null };
  try {
    document = readDocument(family, whole.bytes, source.name, options.encoding);
  } catch (error) {
    if (!(error instanceof EncodingError)) throw error;
    return { format: null, headers: [], problems: [error.problem], fileSources: [] };
  }
  options.onFileSources?.(document.fileSources);
  for (const row of document.rows) if (options.onRow(row) === false) break;
  return { format: document.format, headers: headersOf(document.rows), problems: document.problems, fileSources: document.fileSources };
}

function readDocument(family: Exclude<FileFamily, 'csv'>, bytes: Uint8Array, file: string, encoding?: string): DocumentRead & { format: ImportFormat | null } {
  if (family === 'kmz') return { ...readKmzBytes(bytes, file, encoding), format: 'kmz' };
  const text = decodeWhole(file, bytes, encoding);
  if (family === 'kml') return { ...readKmlText(text, file), format: 'kml' };
  const problems: ImportProblem[] = [];
  const parsed = parseJson(text, createReporter(file, problems));
  if (!parsed.ok) return { rows: [], problems, fileSources: [], format: null };
  if (isUwaziSearch(parsed.value)) return { ...readUwaziJson(parsed.value, file), format: 'uwazi-json' };
  const read = readGeojsonValue(parsed.value, file);
  const notGeojson = read.problems.some((problem) => problem.code === 'geojson.invalid' && problem.featureId === '-');
  if (notGeojson) {
    return {
      rows: [],
      problems: [importProblem('error', file, undefined, 'json.unknown', 'The JSON is neither GeoJSON nor an Uwazi search answer ({"data": [entities]} or {"rows": [entities]}).')],
      fileSources: [],
      format: null,
    };
  }
  return { ...read, format: 'geojson' };
}

/** Uwazi's CSV has a "Title" column and marks translations "__ko"; any other CSV is a plain table. */
function csvFormat(headers: readonly string[]): ImportFormat {
  const title = headers.some((header) => /^title(__[a-z]{2})?$/i.test(header));
  const uwaziMarks = headers.some((header) => /__[a-z]{2}$/i.test(header) || /geolocation$/i.test(header) || /^template$/i.test(header));
  return title && uwaziMarks ? 'uwazi-csv' : 'csv';
}
