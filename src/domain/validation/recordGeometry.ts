/** Reads a record's geometry through a FieldReader, so a bad geometry fails the record like a bad field. */
import { readGeometry, type GeometryType } from './geometryShape';
import type { FieldReader } from './fieldReader';

export function geometryOf<T extends GeometryType>(reader: FieldReader, geometry: unknown, allowed: readonly T[], what: string) {
  const result = readGeometry(geometry, allowed, what);
  if ('faults' in result) {
    for (const fault of result.faults) reader.fail(fault.code, fault.message, fault.hint);
    return null;
  }
  return result.geometry;
}

/** Reports a null geometry where one is required. */
export function failNullGeometry(reader: FieldReader, what: string, hint?: string): void {
  reader.fail('geometry.null', `The geometry is null, but ${what} needs one.`, hint);
}
