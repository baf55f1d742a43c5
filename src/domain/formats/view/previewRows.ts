/**
 * The first rows as the mapping makes them, before anything is imported: each row's id, names, type and point as
 * the record would hold them, or the problems that would keep the row out. Live as the person changes the
 * mapping (synchronous and fast: only the sampled rows, without the dataset checks, which the import runs).
 */
import type { Dataset } from '../../types';
import type { ImportProblem, RecordKind } from '../formatTypes';
import type { ImportInspection } from '../import/inspectImport';
import type { ColumnMapping } from '../mapping/importFields';
import { followsContract } from '../mapping/recordShape';
import type { RecordContext } from '../mapping/rowContext';
import { rowToRecord } from '../mapping/rowToRecord';

export interface PreviewRow {
  where: string;
  /** What the record would hold, as text: "id", "name.en", "type", "location" ("lat, lon") … */
  values: Record<string, string>;
  problems: ImportProblem[];
  /** Whether the row would become a record (it may still fail the dataset checks). */
  ok: boolean;
}

const SHOWN = {
  facilities: ['id', 'name.en', 'name.ko', 'type', 'agency', 'province', 'status', 'precision'],
  violations: ['id', 'facilityId', 'category', 'date.from', 'date.to', 'summary.en', 'placement', 'visibility'],
} as const;

export function previewRows(kind: RecordKind, inspection: ImportInspection, mapping: ColumnMapping, contract: boolean, existing: Dataset, publicImport: boolean): PreviewRow[] {
  const context: RecordContext = {
    kind,
    file: inspection.fileName,
    sourceId: 'import-preview',
    fileKey: 'preview',
    publicImport,
    knownSourceIds: new Set(existing.sources.map((source) => source.id)),
    facilityIdByNkpdId: new Map(existing.facilities.flatMap((facility) => (facility.nkpdId ? [[facility.nkpdId, facility.id] as const] : []))),
  };
  return inspection.sample.map((row) => {
    const problems: ImportProblem[] = [];
    const record = rowToRecord(row, mapping, contract && followsContract(kind, row.contract), context, problems);
    const values: Record<string, string> = {};
    if (record) {
      for (const field of SHOWN[kind]) values[field] = textAt(record.feature.properties, field);
      const point = record.feature.geometry?.coordinates;
      values.location = point ? `${point[1]}, ${point[0]}` : '';
    }
    return { where: row.where, values, problems, ok: record !== null };
  });
}

function textAt(properties: Record<string, unknown>, field: string): string {
  const [head, tail] = field.split('.') as [string, string | undefined];
  const value = tail === undefined ? properties[head] : (properties[head] as Record<string, unknown> | undefined)?.[tail];
  return value === undefined || value === null ? '' : String(value);
}
