/**
 * What turning a row into a record needs to know besides the row (the import's source, the records already held),
 * and the pieces facilities and violations share: a mapped cell, the row's point, its citations and its id.
 */
import type { Position } from 'geojson';
import { registerFacilityId } from '../../register/registerFacility';
import type { SourceRef } from '../../types';
import { importProblem, type ImportProblem, type RecordKind, type TableRow } from '../formatTypes';
import { readGeolocationCell, readLatLon, type PointRead } from './coordinates';
import type { ColumnMapping, ImportField } from './importFields';

export interface RecordContext {
  kind: RecordKind;
  file: string;
  /** The imported file as a source (importSource.ts): every record cites it. */
  sourceId: string;
  /** A short stable key of the file (its SHA-256's start), for ids made for rows that have none. */
  fileKey: string;
  /** The person said the file is public: its visibility values are used (otherwise all it brings is restricted). */
  publicImport: boolean;
  /** Sources a row's own citations may name (the dataset's, and those the file brings). */
  knownSourceIds: ReadonlySet<string>;
  /** Facilities held, by NKPD id, so a register entity imported again keeps its id. */
  facilityIdByNkpdId: ReadonlyMap<string, string>;
}

/** One row being read: its mapped cells, where it is, and the problems found in it. */
export class RowReader {
  readonly provided: ImportField[] = [];
  decimalComma = false;

  constructor(
    readonly row: TableRow,
    private readonly mapping: ColumnMapping,
    readonly context: RecordContext,
    private readonly problems: ImportProblem[],
  ) {}

  /** The trimmed text of the field's column ('' when unmapped or empty); a filled one counts as provided. */
  cell(field: ImportField): string {
    const column = this.mapping[field];
    const text = column === undefined ? '' : (this.row.cells[column] ?? '').trim();
    if (text !== '' && !this.provided.includes(field)) this.provided.push(field);
    return text;
  }

  error(code: string, message: string, hint?: string): null {
    this.problems.push(importProblem('error', this.context.file, this.row.where, code, message, hint));
    return null;
  }

  warning(code: string, message: string, hint?: string): void {
    this.problems.push(importProblem('warning', this.context.file, this.row.where, code, message, hint));
  }

  /** The record's point: the format's geometry, else the latitude/longitude columns, else a geolocation cell. */
  point(): { ok: true; point: Position | null } | { ok: false } {
    let read: PointRead;
    if (this.row.geometryProblem) return this.error('geometry.unusable', this.row.geometryProblem) ?? { ok: false };
    if (this.row.point) read = { ok: true, point: this.row.point, decimalComma: false };
    else if (this.cell('latitude') !== '' || this.cell('longitude') !== '') read = readLatLon(this.cell('latitude'), this.cell('longitude'));
    else read = readGeolocationCell(this.cell('geolocation'));
    if (!read.ok) return this.error(read.code, read.message, read.hint) ?? { ok: false };
    this.decimalComma ||= read.decimalComma;
    if (read.point) this.provided.push('latitude', 'longitude');
    return { ok: true, point: read.point };
  }

  /**
   * The row's own id; else the register's convention for an NKPD entity ("nkpd-<sharedId>"); else one made from
   * the file and the row, so importing the same file again gives the same ids.
   */
  id(nkpdId?: string): string {
    const own = this.cell('id');
    if (own !== '') return own;
    if (nkpdId) return registerFacilityId(nkpdId);
    return `import-${this.context.fileKey}-${this.row.where.replace(/[^\p{L}\p{N}]+/gu, '-')}`;
  }

  /** The citation of the imported file (the row's mapped cells as the database's fields) and the row's own ones. */
  sources(ownRefs: readonly SourceRef[] = this.citedInRow()): SourceRef[] {
    const fields: Record<string, string> = {};
    for (const [field, column] of Object.entries(this.mapping)) {
      const text = (this.row.cells[column] ?? '').trim();
      if (field !== 'sources' && text !== '') fields[column] = text;
    }
    const ref: SourceRef = { sourceId: this.context.sourceId, locator: this.row.where };
    if (Object.keys(fields).length > 0) ref.fields = fields;
    return [...this.known(ownRefs), ref];
  }

  /** Citations the row carries itself (this app's exports write them as JSON in "sources_json"). */
  private citedInRow(): SourceRef[] {
    const text = this.cell('sources');
    if (text === '') return [];
    try {
      const value: unknown = JSON.parse(text);
      if (Array.isArray(value)) return value.filter((ref): ref is SourceRef => typeof (ref as SourceRef | null)?.sourceId === 'string');
    } catch {
      // Reported below like any other unreadable value.
    }
    this.warning('sources.unreadable', 'The sources column is not a list of citations; it was left out.', 'It should hold what this app exports: [{"sourceId": "…"}].');
    return [];
  }

  /** Citations of sources the dataset holds; others are left out (a dangling citation would fail the checks). */
  private known(refs: readonly SourceRef[]): SourceRef[] {
    const unknown = refs.filter((ref) => !this.context.knownSourceIds.has(ref.sourceId));
    if (unknown.length > 0) {
      this.warning(
        'sources.unknown',
        `Cites ${unknown.map((ref) => `"${ref.sourceId}"`).join(', ')}, which the dataset does not hold; left out (the imported file is cited instead).`,
        'Import into the dataset the file was exported from, or add those sources first.',
      );
    }
    return refs.filter((ref) => this.context.knownSourceIds.has(ref.sourceId));
  }
}
