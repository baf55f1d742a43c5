/** What kind of record a row says it is, and whether its properties already follow the data contract. */
import { FACILITY_TYPES, VIOLATION_CATEGORIES } from '../../enums';
import { isPlainObject } from '../../validation/describeValue';
import type { RecordKind, TableRow } from '../formatTypes';

/** This app's exports mark each row "facility" or "violation"; other files say nothing, and every row is taken. */
export function isOtherKind(row: TableRow, kind: RecordKind): boolean {
  const declared = (row.cells.record ?? '').trim().toLowerCase();
  return declared !== '' && declared !== (kind === 'facilities' ? 'facility' : 'violation');
}

export function followsContract(kind: RecordKind, properties: Readonly<Record<string, unknown>> | undefined): boolean {
  if (!properties || !Array.isArray(properties.sources)) return false;
  if (kind === 'facilities') {
    return isPlainObject(properties.name) && typeof properties.name.en === 'string' && FACILITY_TYPES.includes(properties.type as never);
  }
  return typeof properties.facilityId === 'string' && isPlainObject(properties.summary) && VIOLATION_CATEGORIES.includes(properties.category as never);
}
