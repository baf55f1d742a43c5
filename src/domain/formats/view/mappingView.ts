/**
 * What the column-mapping step shows, computed here so the UI only renders it: one line per contract field with
 * the column chosen (or none), whether the field is required, and a few of that column's values from the first
 * rows; the columns no field takes; what is missing before the import can run. Edits return a new mapping.
 */
import type { RecordKind } from '../formatTypes';
import type { ImportInspection } from '../import/inspectImport';
import { fieldsOf, requiredFields, type ColumnMapping, type ImportField } from '../mapping/importFields';

export interface MappingFieldView {
  field: ImportField;
  required: boolean;
  column: string | null;
  /** Up to three filled values of the chosen column in the first rows. */
  samples: string[];
}

export interface MappingView {
  fields: MappingFieldView[];
  /** Every column of the file, in its order (the choices of each field's menu). */
  columns: string[];
  unusedColumns: string[];
  /** Required fields no column fills: the import cannot run until they have one. */
  missing: ImportField[];
  /** The file follows the data contract: no mapping is needed (fields are read as they are). */
  contract: boolean;
  /** The file cannot be read at all (its problems say why). */
  unreadable: boolean;
  notes: string[];
}

export function mappingView(kind: RecordKind, inspection: ImportInspection, mapping: ColumnMapping, contract = inspection.suggestion.contract): MappingView {
  const required = requiredFields(kind);
  const fields = fieldsOf(kind).map((field): MappingFieldView => {
    const column = mapping[field] ?? null;
    const samples = column === null ? [] : inspection.sample.map((row) => row.cells[column] ?? '').filter((value) => value !== '').slice(0, 3);
    return { field, required: required.includes(field), column, samples };
  });
  const used = new Set(Object.values(mapping));
  return {
    fields,
    columns: inspection.headers,
    unusedColumns: inspection.headers.filter((header) => !used.has(header)),
    missing: contract ? [] : required.filter((field) => !mapping[field]),
    contract,
    unreadable: inspection.format === null || inspection.problems.some((problem) => problem.level === 'error' && problem.featureId === '-'),
    notes: inspection.suggestion.notes,
  };
}

/** The mapping with `field` taken from `column` (null: from no column); a column feeds one field at a time. */
export function withColumn(mapping: ColumnMapping, field: ImportField, column: string | null): ColumnMapping {
  const next: ColumnMapping = {};
  for (const [other, chosen] of Object.entries(mapping) as [ImportField, string][]) {
    if (other !== field && chosen !== column) next[other] = chosen;
  }
  if (column !== null) next[field] = column;
  return next;
}

/** Latitude and longitude columns exchanged: the one-click fix for a file whose coordinates are swapped. */
export function swapCoordinates(mapping: ColumnMapping): ColumnMapping {
  const { latitude, longitude, ...rest } = mapping;
  return { ...rest, ...(longitude === undefined ? {} : { latitude: longitude }), ...(latitude === undefined ? {} : { longitude: latitude }) };
}
