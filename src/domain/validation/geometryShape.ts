/**
 * Checks one feature's geometry: the expected type, numbers (not text) in the coordinates, closed rings without
 * self-intersections, then the GeoJSON rules of geojson-validation for anything else.
 */
import { kinks } from '@turf/turf';
import type { LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { isGeometryObject } from 'geojson-validation';
import { isNumericText, isPlainObject } from './describeValue';

export type GeometryType = 'Point' | 'LineString' | 'Polygon' | 'MultiPolygon';
type Shape = Point | LineString | Polygon | MultiPolygon;
type GeometryOf<T extends GeometryType> = Extract<Shape, { type: T }>;

export type GeometryFault = { code: string; message: string; hint?: string };

const GEOJSON_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection'];

/** The geometry typed, or the faults found (the first check that fails stops the rest). */
export function readGeometry<T extends GeometryType>(
  geometry: unknown,
  allowed: readonly T[],
  what: string,
): { geometry: GeometryOf<T> } | { faults: GeometryFault[] } {
  if (!isPlainObject(geometry) || typeof geometry.type !== 'string') {
    return fault('geojson.invalid', 'The geometry is not a GeoJSON geometry object.');
  }
  if (!allowed.includes(geometry.type as T)) {
    const expected = allowed.join(' or ');
    return GEOJSON_TYPES.includes(geometry.type)
      ? fault('geometry.wrongType', `The geometry is a ${geometry.type}; ${what} must be a ${expected}.`)
      : fault('geojson.invalid', `The geometry type "${geometry.type}" is not a GeoJSON type; ${what} must be a ${expected}.`);
  }
  const text = leaves(geometry.coordinates).find((leaf) => typeof leaf === 'string');
  if (text !== undefined) {
    return fault(
      'number.notNumber',
      `The coordinates hold text (${JSON.stringify(text)}) where numbers belong.`,
      isNumericText(text) ? `Write coordinates as numbers without quotes: ${text.trim()}, not "${text}".` : undefined,
    );
  }
  const offEarth = offEarthFault(geometry.coordinates);
  if (offEarth) return { faults: [offEarth] };
  const shape = geometry as unknown as Shape;
  const ringFaults = checkRings(shape);
  if (ringFaults.length > 0) return { faults: ringFaults };
  const structure = validate(geometry);
  if (structure.length > 0) return fault('geojson.invalid', `The geometry is not valid GeoJSON: ${structure.join('; ')}.`);
  if (isEmptyPolygon(shape)) return fault('geojson.invalid', 'The geometry is not valid GeoJSON: a polygon needs at least one ring.');
  const crossing = shape.type === 'Polygon' || shape.type === 'MultiPolygon' ? kinks(shape).features[0] : undefined;
  if (crossing) {
    return fault(
      'ring.selfIntersection',
      `The outline crosses itself near [${crossing.geometry.coordinates.map((n) => n.toFixed(6)).join(', ')}].`,
      'Redraw the polygon so its edges do not cross (a bow-tie shape is two polygons).',
    );
  }
  return { geometry: shape as GeometryOf<T> };
}

/**
 * A position whose latitude is outside −90…90 or longitude outside −180…180 is on no map: an error, with a hint
 * when swapping the two would put it on Earth (GeoJSON writes longitude first).
 */
function offEarthFault(coordinates: unknown): GeometryFault | null {
  const off = positions(coordinates).find(([lon, lat]) => Math.abs(lat) > 90 || Math.abs(lon) > 180);
  if (!off) return null;
  const [lon, lat] = off;
  const swapped = Math.abs(lon) <= 90 && Math.abs(lat) <= 180;
  return {
    code: 'coordinate.range',
    message: `The position [${lon}, ${lat}] is not on Earth: ${Math.abs(lat) > 90 ? `latitude ${lat} is outside −90…90` : `longitude ${lon} is outside −180…180`}.`,
    hint: swapped ? 'The longitude and latitude look swapped: GeoJSON writes [longitude, latitude].' : 'Check the coordinates: GeoJSON writes [longitude, latitude] in degrees.',
  };
}

/** Every [lon, lat] pair of numbers in a coordinates array, however deeply nested. */
function positions(value: unknown): [number, number][] {
  if (!Array.isArray(value)) return [];
  if (typeof value[0] === 'number' && typeof value[1] === 'number') return [[value[0], value[1]]];
  return value.flatMap(positions);
}

function fault(code: string, message: string, hint?: string): { faults: GeometryFault[] } {
  return { faults: [hint === undefined ? { code, message } : { code, message, hint }] };
}

/** geojson-validation throws on some malformed input (an empty ring); that is a fault too, not a crash. */
function validate(geometry: Record<string, unknown>): string[] {
  try {
    return isGeometryObject(geometry, true);
  } catch {
    return ['its coordinates are not nested as the geometry type requires'];
  }
}

function isEmptyPolygon(geometry: Shape): boolean {
  if (geometry.type === 'Polygon') return geometry.coordinates.length === 0;
  return geometry.type === 'MultiPolygon' && (geometry.coordinates.length === 0 || geometry.coordinates.some((polygon) => polygon.length === 0));
}

function leaves(value: unknown): unknown[] {
  return Array.isArray(value) ? value.flatMap(leaves) : [value];
}

function checkRings(geometry: Shape): GeometryFault[] {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return [];
  const coordinates: unknown = geometry.coordinates;
  const polygons: unknown[] = geometry.type === 'Polygon' ? [coordinates] : Array.isArray(coordinates) ? coordinates : [];
  const open = polygons
    .filter(Array.isArray)
    .flat()
    .filter((ring): ring is Position[] => Array.isArray(ring) && ring.length > 1 && ring.every(Array.isArray))
    .find((ring) => !samePosition(ring[0] ?? [], ring.at(-1) ?? []));
  if (!open) return [];
  return [
    {
      code: 'ring.notClosed',
      message: `A ring is not closed: it starts at [${(open[0] ?? []).join(', ')}] and ends at [${(open.at(-1) ?? []).join(', ')}].`,
      hint: 'Repeat the first position as the last one.',
    },
  ];
}

function samePosition(a: Position, b: Position): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
