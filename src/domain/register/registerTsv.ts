/**
 * Reads the NKPD register export (a TSV with a header row; see the shared data README). Columns are found by
 * name so a newer export with reordered or extra columns still reads; a row that does not fit is reported with
 * its line number and skipped rather than guessed at.
 */
import type { Position } from 'geojson';
import { MalformedInputError, type ImportIssue } from './importIssue';

export const REGISTER_COLUMNS = [
  'id',
  'name',
  'type',
  'affiliation',
  'agency',
  'province',
  'status',
  'lat',
  'lon',
  'url',
  'edited',
] as const;
export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

/** One register entity as written in the file, plus its location when the row gives a readable one. */
export interface RegisterRow {
  /** 1-based line in the file, for messages. */
  line: number;
  fields: Readonly<Record<RegisterColumn, string>>;
  /** [lon, lat]; null when the register has no geolocation (or one that could not be read: see coordinateProblem). */
  location: Position | null;
  /** Why a coordinate the row does give was not used. */
  coordinateProblem?: string;
}

export interface ParsedRegister {
  rows: RegisterRow[];
  issues: ImportIssue[];
}

const MISSING_VALUES = new Set(['', 'null', 'none', 'nan']);

function readCoordinate(text: string): number | null | undefined {
  if (MISSING_VALUES.has(text.trim().toLowerCase())) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function readLocation(latText: string, lonText: string): Pick<RegisterRow, 'location' | 'coordinateProblem'> {
  const lat = readCoordinate(latText);
  const lon = readCoordinate(lonText);
  if (lat === null && lon === null) return { location: null };
  const unusable = lat === undefined || lon === undefined || lat === null || lon === null;
  if (unusable) return { location: null, coordinateProblem: `unusable coordinates lat "${latText}", lon "${lonText}"` };
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    const swapped = Math.abs(lat) <= 180 && Math.abs(lon) <= 90 ? ' (lat and lon look swapped)' : '';
    return { location: null, coordinateProblem: `coordinates lat "${latText}", lon "${lonText}" are not on Earth${swapped}` };
  }
  return { location: [lon, lat] };
}

/** Parses the register TSV; throws MalformedInputError when the header lacks a required column. */
export function parseRegisterTsv(text: string, file: string): ParsedRegister {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t').map((name) => name.trim().toLowerCase());
  const missing = REGISTER_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new MalformedInputError(`${file}: the header row lacks the column(s) ${missing.join(', ')}`);
  }
  const indexOf = Object.fromEntries(REGISTER_COLUMNS.map((column) => [column, header.indexOf(column)])) as Record<
    RegisterColumn,
    number
  >;
  const rows: RegisterRow[] = [];
  const issues: ImportIssue[] = [];
  const seenIds = new Set<string>();
  lines.slice(1).forEach((lineText, offset) => {
    const line = offset + 2;
    if (lineText.trim() === '') return;
    const cells = lineText.split('\t');
    const report = (message: string, skipped = true) => issues.push({ file, where: `line ${line}`, message, skipped });
    if (cells.length !== header.length) {
      report(`has ${cells.length} columns, the header has ${header.length}; row skipped`);
      return;
    }
    const fields = Object.fromEntries(
      REGISTER_COLUMNS.map((column) => [column, cells[indexOf[column]] ?? '']),
    ) as Record<RegisterColumn, string>;
    const id = fields.id.trim();
    if (id === '') return report('has no entity id; row skipped');
    if (seenIds.has(id)) return report(`repeats entity id ${id}; row skipped`);
    seenIds.add(id);
    const located = readLocation(fields.lat, fields.lon);
    if (located.coordinateProblem) {
      report(`entity ${id}: ${located.coordinateProblem}; imported without a location`, false);
    }
    rows.push({ line, fields: { ...fields, id }, ...located });
  });
  return { rows, issues };
}

/** The capture date a file name carries ("nkpd-register-2026-10-01.tsv" → "2026-10-01"), or null. */
export function capturedAtFromFileName(fileName: string): string | null {
  const match = /nkpd-register-(\d{4}-\d{2}-\d{2})\.tsv$/i.exec(fileName);
  return match?.[1] ?? null;
}
