/**
 * A facility's work written as the data contract's files (DESIGN.md §2): the same text a bundle exports, the
 * loader validates while the investigator draws, and the public app reads once the plan is dropped into
 * `data/geojson/plans/`. Records are written back exactly as the loader reads them, so a round trip is lossless.
 */
import { SCHEMA_VERSION } from '../enums';
import type { RawFile } from '../load/loadTypes';
import type { PlanFeature, Violation } from '../types';
import type { FacilityWork } from './workTypes';

export { SCHEMA_VERSION };

export function planPath(facilityId: string): string {
  return `plans/${facilityId}.geojson`;
}

/** A plan record as a GeoJSON Feature: geometry apart, every other field a property. */
export function planFeatureToGeoJson(feature: PlanFeature) {
  const { geometry, ...properties } = feature;
  return { type: 'Feature' as const, geometry, properties };
}

export function violationToGeoJson(violation: Violation) {
  const { location, ...properties } = violation;
  return {
    type: 'Feature' as const,
    geometry: location ? { type: 'Point' as const, coordinates: [...location] } : null,
    properties,
  };
}

/** The plan file of a facility's work. */
export function planFile(work: FacilityWork): RawFile {
  const collection = {
    type: 'FeatureCollection',
    schemaVersion: SCHEMA_VERSION,
    facilityId: work.facilityId,
    features: work.features.map(planFeatureToGeoJson),
  };
  return { path: planPath(work.facilityId), text: `${JSON.stringify(collection, null, 2)}\n` };
}

export function violationsFile(violations: readonly Violation[]): RawFile {
  const collection = { type: 'FeatureCollection', schemaVersion: SCHEMA_VERSION, features: violations.map(violationToGeoJson) };
  return { path: 'violations.geojson', text: `${JSON.stringify(collection, null, 2)}\n` };
}

export function sourcesFile(sources: FacilityWork['sources']): RawFile {
  return { path: 'sources.json', text: `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, sources }, null, 2)}\n` };
}

/** The plan, violations and sources files of one facility's work. */
export function workFiles(work: FacilityWork): RawFile[] {
  return [planFile(work), violationsFile(work.violations), sourcesFile(work.sources)];
}
