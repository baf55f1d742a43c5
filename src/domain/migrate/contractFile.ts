/**
 * Upgrades a contract file's JSON to the current schema version, one step per version. Version 2 added optional
 * fields only (classification, date precision, place role, location doubt, confirmation, source provenance, a
 * source reference's fields and doubt), so a version 1 file upgrades by saying its version and making each
 * violation's date precision explicit; nothing is removed or guessed.
 */
import { datePrecisionOf } from '../dates';
import { SCHEMA_VERSION } from '../enums';
import { isPlainObject } from '../validation/describeValue';
import type { DateRange } from '../types';

export interface Upgrade {
  value: unknown;
  /** The version the file said it followed (undefined when it did not say). */
  from: unknown;
  changed: boolean;
}

type Step = (file: Record<string, unknown>) => Record<string, unknown>;

/** Step from version 1: explicit date precisions on violations (features whose properties carry a date object). */
const toVersion2: Step = (file) => {
  if (!Array.isArray(file.features)) return { ...file, schemaVersion: 2 };
  const features = file.features.map((feature: unknown) => {
    if (!isPlainObject(feature) || !isPlainObject(feature.properties) || !isPlainObject(feature.properties.date)) return feature;
    const date = feature.properties.date as DateRange;
    const typed = { ...date, precision: datePrecisionOf(date) };
    return { ...feature, properties: { ...feature.properties, date: typed } };
  });
  return { ...file, schemaVersion: 2, features };
};

const STEPS: Readonly<Record<number, Step>> = { 1: toVersion2 };

/** The file's JSON at the current version; a file already current, or one this code cannot read, is left as it is. */
export function upgradeContractFile(value: unknown): Upgrade {
  if (!isPlainObject(value)) return { value, from: undefined, changed: false };
  const from = value.schemaVersion;
  let file: Record<string, unknown> = value;
  let version = typeof from === 'number' ? from : undefined;
  while (version !== undefined && version < SCHEMA_VERSION && STEPS[version]) {
    file = (STEPS[version] as Step)(file);
    version += 1;
  }
  return { value: file, from, changed: file !== value };
}
