/**
 * The envelope every GeoJSON file of the contract shares: a FeatureCollection whose features each have an
 * object of properties. Yields one entry per usable feature; a broken feature is reported and skipped alone.
 */
import { isFeature } from 'geojson-validation';
import { MAX_JSON_DEPTH, scanJson } from '../json/scanJson';
import { FILE_LEVEL, featureLabel } from '../problems';
import { isPlainObject } from './describeValue';
import type { Properties } from './fieldReader';
import type { Reporter } from './reporter';
import { checkSchemaVersion } from './schemaVersion';

export interface FeatureEntry {
  index: number;
  /** The feature's id, or "#index" when it has none. */
  featureId: string;
  properties: Properties;
  geometry: unknown;
}

export interface FeatureCollectionContent {
  /** Top-level members other than "features" (schemaVersion, facilityId, register, attribution …). */
  members: Properties;
  entries: FeatureEntry[];
}

/** Null when the file is not a readable FeatureCollection (already reported). */
export function readFeatureCollection(value: unknown, reporter: Reporter, versionRequired: boolean): FeatureCollectionContent | null {
  if (!isPlainObject(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    reporter.error(
      FILE_LEVEL,
      'geojson.invalid',
      'The file is not a GeoJSON FeatureCollection.',
      'Expected {"type": "FeatureCollection", "features": [ … ]}.',
    );
    return null;
  }
  const { features, ...members } = value;
  const scan = scanJson(members);
  for (const path of scan.nonFinite) {
    reporter.error(FILE_LEVEL, 'number.nonFinite', `"${path}" holds a number too large for JSON (Infinity).`);
  }
  if (scan.tooDeep !== null) {
    reportTooDeep(reporter, FILE_LEVEL, scan.tooDeep, 'the file was not loaded');
    return null;
  }
  if (!checkSchemaVersion(members.schemaVersion, reporter, versionRequired)) return null;
  const entries: FeatureEntry[] = [];
  (features as unknown[]).forEach((feature, index) => {
    const entry = readFeature(feature, index, reporter);
    if (entry) entries.push(entry);
  });
  return { members, entries };
}

function readFeature(feature: unknown, index: number, reporter: Reporter): FeatureEntry | null {
  const properties = isPlainObject(feature) && isPlainObject(feature.properties) ? feature.properties : null;
  const featureId = featureLabel(properties?.id, index);
  if (!isPlainObject(feature)) {
    reporter.error(featureId, 'geojson.invalid', 'This feature is not an object.');
    return null;
  }
  const { nonFinite, tooDeep } = scanJson(feature);
  if (tooDeep !== null) {
    reportTooDeep(reporter, featureId, tooDeep, 'the feature was not loaded');
    return null;
  }
  if (nonFinite.length > 0) {
    reporter.error(
      featureId,
      'number.nonFinite',
      `"${nonFinite.join('", "')}" holds a number too large for JSON (read as Infinity); the feature was not loaded.`,
      'Check the value; a literal such as 1e999 overflows.',
    );
    return null;
  }
  // The geometry is checked by each kind's own rules; here only the Feature envelope.
  const structure = isFeature({ ...feature, geometry: null }, true);
  if (structure.length > 0 || !('geometry' in feature)) {
    const messages = 'geometry' in feature ? structure : [...structure, 'must have a member with the name "geometry"'];
    reporter.error(featureId, 'geojson.invalid', `This feature is not valid GeoJSON: ${messages.join('; ')}.`);
    return null;
  }
  if (!properties) {
    reporter.error(featureId, 'field.missing', 'This feature has no properties object.');
    return null;
  }
  return { index, featureId, properties, geometry: feature.geometry };
}

/** A value nested deeper than any contract record needs (MAX_JSON_DEPTH): refused before anything recurses into it. */
export function reportTooDeep(reporter: Reporter, featureId: string, path: string, consequence: string): void {
  reporter.error(
    featureId,
    'json.depth',
    `"${shortPath(path)}" is nested more than ${MAX_JSON_DEPTH} levels deep, deeper than any record of the data contract; ${consequence}.`,
    'Check how the file was written: no field of the contract nests lists or objects that deep.',
  );
}

/** A path short enough to read: "properties.notes[0][0]…" rather than a hundred levels of it. */
function shortPath(path: string): string {
  return path.length > 60 ? `${path.slice(0, 60)}…` : path;
}
