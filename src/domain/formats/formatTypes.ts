/**
 * The shapes every import format shares: a file's records arrive as rows of named text cells (with the point the
 * format's own geometry gives, where it has one), are mapped to contract fields, and leave as contract features.
 */
import type { Position } from 'geojson';
import type { Problem } from '../problems';

/** What an import makes: facilities or violations (`--kind`). */
export const RECORD_KINDS = ['facilities', 'violations'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const IMPORT_FORMATS = ['uwazi-csv', 'uwazi-json', 'kml', 'kmz', 'geojson', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const EXPORT_FORMATS = ['geojson', 'csv', 'uwazi-csv', 'kml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One record as a file gives it, before mapping. */
export interface TableRow {
  /** Where it is in the file, as a person finds it: "row 5" (the spreadsheet's row), "feature 3", "entity abc". */
  where: string;
  /** Text cells by column name (nested properties flattened to "name.en"; lists joined with "; "). */
  cells: Record<string, string>;
  /**
   * [lon, lat] from the format's own geometry (GeoJSON, KML, an Uwazi geolocation); null when the record has none;
   * absent when the format has no geometry (CSV), so coordinates come from columns.
   */
  point?: Position | null;
  /** Why the record's geometry gives no point (a polygon, a line, coordinates off the Earth). */
  geometryProblem?: string;
  /** The properties as written, when they already follow the data contract (our own GeoJSON export, a dataset file). */
  contract?: Record<string, unknown>;
}

/** A problem found while importing; `where` says which row or feature of the imported file it is about. */
export interface ImportProblem extends Problem {
  where?: string;
}

/** Where bytes come from: a File in the browser or a worker (Blob.stream), a file stream in Node. */
export interface ByteSource {
  name: string;
  /** Total bytes, when known: progress is reported against it. */
  size?: number;
  /** A fresh pass over the bytes each call (an inspection reads the start, the import reads it all). */
  chunks(): AsyncIterable<Uint8Array>;
}

/** Progress of a long step: the file is hashed, then read, then the records are checked. */
export interface ImportProgress {
  phase: 'hash' | 'read' | 'check';
  done: number;
  total?: number;
}

/** Progress of a long read: bytes done of the total (when known). */
export type ProgressCallback = (done: number, total: number | undefined) => void;

/** A ByteSource over bytes already in memory (tests, small files, a KMZ's entry). */
export function bytesSource(name: string, bytes: Uint8Array, chunkSize = 1 << 20): ByteSource {
  return {
    name,
    size: bytes.byteLength,
    async *chunks() {
      for (let start = 0; start < bytes.byteLength; start += chunkSize) yield bytes.subarray(start, start + chunkSize);
    },
  };
}

/** A ByteSource over text (encoded as UTF-8). */
export function textSource(name: string, text: string): ByteSource {
  return bytesSource(name, new TextEncoder().encode(text));
}

/** A problem about the imported file, at one of its rows or (FILE_LEVEL) as a whole. */
export function importProblem(
  level: Problem['level'],
  file: string,
  where: string | undefined,
  code: string,
  message: string,
  hint?: string,
): ImportProblem {
  return {
    level,
    code,
    file,
    featureId: where ?? '-',
    message,
    ...(hint === undefined ? {} : { hint }),
    ...(where === undefined ? {} : { where }),
  };
}
