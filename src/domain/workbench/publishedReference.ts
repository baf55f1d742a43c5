/**
 * The published plan as a reference under the investigator's tracing: its shapes that are not (yet) in the work,
 * as plain GeoJSON, so the map can outline what the public app already shows while a new reading is traced.
 */
import type { FeatureCollection } from 'geojson';
import type { PlanFeature } from '../types';
import { planFeatureToGeoJson } from './contractFiles';
import type { FacilityWork } from './workTypes';

export function publishedReference(published: readonly PlanFeature[], work: FacilityWork): FeatureCollection {
  const inWork = new Set(work.features.map((feature) => feature.id));
  return {
    type: 'FeatureCollection',
    features: published.filter((feature) => !inWork.has(feature.id)).map((feature) => planFeatureToGeoJson(feature) as FeatureCollection['features'][number]),
  };
}
