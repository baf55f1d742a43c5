/**
 * Plain GeoJSON in and out of the work, as geojson.io and Placemark trade it. Pasted features become plan
 * records through the same shape checks as any import (recordShape.ts): a feature's `kind` is kept when it fits
 * its geometry, otherwise polygons become `polygonKind`, lines openings and points fixtures; the fields a record
 * of that kind has are taken from its properties, the rest get a new shape's defaults (illustrative, no basis
 * yet). The download holds the traced shapes and their fields but no source references: quotes and locators
 * of restricted testimony never leave in a plain file (bundles carry them, encrypted).
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { PLAN_FEATURE_KINDS, type PlanFeatureKind } from '../enums';
import type { PlanFeature } from '../types';
import type { Change } from './changes';
import { KIND_GEOMETRY, newPlanFeature, type TracedGeometry } from './newRecords';
import { recordShapeProblems } from './recordShape';
import type { FacilityWork } from './workTypes';

export interface PastedResult {
  /** One undoable step inserting every accepted feature; null when none was. */
  change: Change | null;
  added: string[];
  /** Features left out: their place in what was pasted (from 1) and why. */
  refused: { number: number; reasons: string[] }[];
  /** Set when the text is not GeoJSON at all. */
  error?: 'json' | 'geojson';
}

const FIELDS = ['name', 'confidence', 'basis', 'levels', 'heightM', 'buildingId', 'level', 'use', 'openingType', 'fixtureType', 'roomId'] as const;
const DEFAULT_KIND: Record<TracedGeometry['type'], PlanFeatureKind> = { Polygon: 'room', LineString: 'opening', Point: 'fixture' };

function featuresOf(value: unknown): unknown[] | null {
  if (typeof value !== 'object' || value === null) return null;
  const object = value as { type?: unknown; features?: unknown };
  if (object.type === 'FeatureCollection') return Array.isArray(object.features) ? object.features : null;
  if (object.type === 'Feature') return [value];
  if (['Polygon', 'LineString', 'Point'].includes(String(object.type))) return [{ type: 'Feature', geometry: value, properties: {} }];
  return null;
}

/** Positions cut to [lon, lat] (an altitude dropped); null when one is off the Earth or not a number. */
function flat(geometry: Geometry): TracedGeometry | null {
  const position = (value: Position): Position | null => {
    const [lon, lat] = value;
    return typeof lon === 'number' && typeof lat === 'number' && Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? [lon, lat] : null;
  };
  const all = (values: Position[]) => {
    const result = values.map(position);
    return result.every((item) => item !== null) ? (result as Position[]) : null;
  };
  if (geometry.type === 'Point') {
    const point = position(geometry.coordinates);
    return point && { type: 'Point', coordinates: point };
  }
  if (geometry.type === 'LineString') {
    const line = all(geometry.coordinates);
    return line && { type: 'LineString', coordinates: line };
  }
  if (geometry.type === 'Polygon') {
    const rings = geometry.coordinates.map(all);
    return rings.every((ring) => ring !== null) ? { type: 'Polygon', coordinates: rings as Position[][] } : null;
  }
  return null;
}

/** The pasted text as records to add, `polygonKind` for polygons that do not say their kind. */
export function pastedFeatures(work: FacilityWork, text: string, polygonKind: PlanFeatureKind = 'room'): PastedResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { change: null, added: [], refused: [], error: 'json' };
  }
  const features = featuresOf(parsed);
  if (!features) return { change: null, added: [], refused: [], error: 'geojson' };
  let current = work;
  const records: PlanFeature[] = [];
  const refused: PastedResult['refused'] = [];
  features.forEach((item, index) => {
    const feature = item as Partial<Feature>;
    const geometry = feature.geometry ? flat(feature.geometry) : null;
    if (!geometry) {
      refused.push({ number: index + 1, reasons: [`geometry is not a Polygon, LineString or Point on the Earth`] });
      return;
    }
    const properties = (feature.properties ?? {}) as Record<string, unknown>;
    const asked = PLAN_FEATURE_KINDS.find((kind) => kind === properties.kind && KIND_GEOMETRY[kind] === geometry.type);
    const kind = asked ?? (geometry.type === 'Polygon' && KIND_GEOMETRY[polygonKind] === 'Polygon' ? polygonKind : DEFAULT_KIND[geometry.type]);
    const fresh = newPlanFeature(current, kind, geometry);
    const taken = new Set(current.features.map((record) => record.id));
    const id = typeof properties.id === 'string' && properties.id.trim() !== '' && !taken.has(properties.id) ? properties.id : fresh.id;
    const kept = Object.fromEntries(FIELDS.filter((field) => field in fresh && properties[field] !== undefined).map((field) => [field, properties[field]]));
    if (typeof kept.name === 'string') kept.name = { en: kept.name };
    const record = { ...fresh, ...kept, id } as PlanFeature;
    const reasons = recordShapeProblems('features', record);
    if (reasons.length > 0) {
      refused.push({ number: index + 1, reasons });
      return;
    }
    records.push(record);
    current = { ...current, features: [...current.features, record] };
  });
  const change: Change | null = records.length === 0 ? null : { type: 'batch', label: 'Paste GeoJSON', changes: records.map((record) => ({ type: 'insert', collection: 'features', record })) };
  return { change, added: records.map((record) => record.id), refused };
}

/** The work's traced shapes as one plain FeatureCollection, every field but the source references. */
export function plainGeoJson(work: FacilityWork): FeatureCollection {
  const features = work.features
    .filter((record) => recordShapeProblems('features', record).length === 0)
    .map((record): Feature => {
      const { geometry, sources, ...properties } = record;
      return { type: 'Feature', id: record.id, geometry, properties: { ...properties, sourcesCited: sources.length } };
    });
  return { type: 'FeatureCollection', features };
}
