/** A record's point from a GeoJSON geometry: a Point (or a MultiPoint or collection of one point); anything else is said. */
import type { Position } from 'geojson';
import { isPlainObject } from '../../validation/describeValue';
import { checkedPoint } from '../mapping/coordinates';

export type GeometryPoint = { point: Position | null } | { problem: string };

export function pointOfGeometry(geometry: unknown): GeometryPoint {
  if (geometry === null || geometry === undefined) return { point: null };
  if (!isPlainObject(geometry)) return { problem: 'The geometry is not a GeoJSON geometry.' };
  const single = singlePoint(geometry);
  if (single === undefined) {
    return {
      problem: `The geometry is a ${String(geometry.type)}, not a point: facilities and violations are imported as points.`,
    };
  }
  const [longitude, latitude] = single;
  if (typeof longitude !== 'number' || typeof latitude !== 'number' || !Number.isFinite(longitude) || !Number.isFinite(latitude)) {
    return { problem: 'The point has no usable coordinates (two numbers: longitude, latitude).' };
  }
  const read = checkedPoint(latitude, longitude);
  return read.ok ? { point: read.point } : { problem: read.message };
}

function singlePoint(geometry: Record<string, unknown>): unknown[] | undefined {
  const { type, coordinates, geometries } = geometry;
  if (type === 'Point' && Array.isArray(coordinates)) return coordinates;
  if (type === 'MultiPoint' && Array.isArray(coordinates) && coordinates.length === 1 && Array.isArray(coordinates[0])) return coordinates[0];
  if (type === 'GeometryCollection' && Array.isArray(geometries) && geometries.length === 1 && isPlainObject(geometries[0])) return singlePoint(geometries[0]);
  return undefined;
}
