/**
 * Puts the import's records into the dataset's files, replacing its own earlier output and leaving every other
 * record exactly as it was: facilities whose id starts "nkdb-place-", violations whose id starts "nkdb-", the
 * source "nkdb-visualatlas" and its entry of the violations' "imports" member are the import's own.
 */
import type { Feature, Point } from 'geojson';
import { SCHEMA_VERSION } from '../enums';
import { MalformedInputError } from '../register/importIssue';
import type { Facility, ImportReport, Source } from '../types';
import { isPlainObject } from '../validation/describeValue';
import { NKDB_VIOLATION_PREFIX } from './caseIds';
import type { ViolationFeature } from './incidentViolation';
import { NKDB_FACILITY_PREFIX } from './nkdbPlaces';
import { NKDB_SOURCE_ID } from './nkdbSource';

type Json = Record<string, unknown>;

const idOf = (feature: unknown): string | undefined => {
  const properties = isPlainObject(feature) && isPlainObject(feature.properties) ? feature.properties : undefined;
  return typeof properties?.id === 'string' ? properties.id : undefined;
};

/** The existing facilities, other than the import's own: the register's and any added by hand. */
export function otherFacilityFeatures(facilities: unknown, file: string): Json[] {
  if (!isPlainObject(facilities) || !Array.isArray(facilities.features)) {
    throw new MalformedInputError(`${file}: not a FeatureCollection of facilities; run npm run import:register first`);
  }
  return (facilities.features as Json[]).filter((feature) => !idOf(feature)?.startsWith(NKDB_FACILITY_PREFIX));
}

/** A facility as written: the register's property order, then the contract v2 fields it uses. */
export function facilityFeature(facility: Facility): Feature<Point | null> {
  const { location, ...properties } = facility;
  const ordered = Object.fromEntries(
    (['id', 'name', 'type', 'agency', 'province', 'status', 'precision', 'sources', 'aliases', 'notes', 'confirmation'] as const)
      .filter((key) => properties[key] !== undefined)
      .map((key) => [key, properties[key]]),
  );
  return { type: 'Feature', geometry: location ? { type: 'Point', coordinates: [...location] } : null, properties: ordered };
}

export function mergedFacilities(facilities: unknown, others: readonly Json[], added: readonly Facility[]): Json {
  return { ...(facilities as Json), features: [...others, ...added.map(facilityFeature)] };
}

export function mergedViolations(existing: unknown, added: readonly ViolationFeature[], report: ImportReport): Json {
  const file: Json = isPlainObject(existing) ? existing : { type: 'FeatureCollection', schemaVersion: SCHEMA_VERSION };
  const { features, imports, ...members } = file;
  const kept = (Array.isArray(features) ? features : []).filter((feature) => !idOf(feature)?.startsWith(NKDB_VIOLATION_PREFIX));
  const otherReports = (Array.isArray(imports) ? imports : []).filter((entry) => !(isPlainObject(entry) && entry.sourceId === report.sourceId));
  return { ...members, imports: [...otherReports, report], features: [...kept, ...added] };
}

export function mergedSources(existing: unknown, source: Source): Json {
  const file: Json = isPlainObject(existing) ? existing : { schemaVersion: SCHEMA_VERSION };
  const list = Array.isArray(file.sources) ? file.sources : [];
  const kept = list.filter((entry) => !(isPlainObject(entry) && entry.id === NKDB_SOURCE_ID));
  return { ...file, sources: [...kept, source] };
}
