/**
 * GeoJSON as QGIS, geojson.io or this app write it → rows: a FeatureCollection (or one Feature), properties
 * flattened into cells for the mapping, the point from the geometry, and the properties as written for rows that
 * already follow the contract. Coordinates in another reference system than WGS84 are refused with the fix.
 */
import { parseJson } from '../../json/parseJson';
import { isPlainObject } from '../../validation/describeValue';
import { createReporter } from '../../validation/reporter';
import { importProblem, type ImportProblem, type TableRow } from '../formatTypes';
import { flattenProperties } from './flatten';
import { pointOfGeometry } from './pointOf';

export interface DocumentRead {
  rows: TableRow[];
  problems: ImportProblem[];
  /** Sources the file lists itself (this app's GeoJSON export carries those its records cite). */
  fileSources: unknown[];
}

const WGS84_NAMES = /(CRS84|EPSG:*4326|EPSG::4326)$/i;

export function readGeojsonValue(value: unknown, file: string): DocumentRead {
  const problems: ImportProblem[] = [];
  const features = featuresOf(value);
  if (features === null) {
    problems.push(importProblem('error', file, undefined, 'geojson.invalid', 'The file is not a GeoJSON FeatureCollection or Feature.', 'Export the layer as GeoJSON (in QGIS: Export → Save Features As → GeoJSON).'));
    return { rows: [], problems, fileSources: [] };
  }
  const crs = isPlainObject(value) && isPlainObject(value.crs) && isPlainObject(value.crs.properties) ? value.crs.properties.name : undefined;
  if (typeof crs === 'string' && !WGS84_NAMES.test(crs)) {
    problems.push(
      importProblem('error', file, undefined, 'geojson.crs', `The coordinates are in ${crs}, not longitude/latitude (WGS84).`, 'Export the layer again with the coordinate reference system EPSG:4326 (WGS 84).'),
    );
    return { rows: [], problems, fileSources: [] };
  }
  if (features.length === 0) problems.push(importProblem('error', file, undefined, 'file.noRows', 'The file holds no features.'));
  const rows = features.flatMap((feature, index) => rowOf(feature, index, file, problems));
  const listed = isPlainObject(value) && Array.isArray(value.sources) ? value.sources : [];
  return { rows, problems, fileSources: listed };
}

/** Parses the text first (empty, cut off, syntax errors named with line and column). */
export function readGeojsonText(text: string, file: string): DocumentRead {
  const problems: ImportProblem[] = [];
  const parsed = parseJson(text, createReporter(file, problems));
  return parsed.ok ? readGeojsonValue(parsed.value, file) : { rows: [], problems, fileSources: [] };
}

function featuresOf(value: unknown): unknown[] | null {
  if (!isPlainObject(value)) return null;
  if (value.type === 'FeatureCollection' && Array.isArray(value.features)) return value.features;
  if (value.type === 'Feature') return [value];
  return null;
}

function rowOf(feature: unknown, index: number, file: string, problems: ImportProblem[]): TableRow[] {
  const properties = isPlainObject(feature) && isPlainObject(feature.properties) ? feature.properties : isPlainObject(feature) && feature.properties === null ? {} : null;
  const id = properties && (typeof properties.id === 'string' || typeof properties.id === 'number') ? String(properties.id) : null;
  const where = `feature ${index + 1}${id === null ? '' : ` (${id})`}`;
  if (!isPlainObject(feature) || feature.type !== 'Feature' || properties === null) {
    problems.push(importProblem('error', file, where, 'geojson.invalid', 'This is not a GeoJSON Feature with properties; it was skipped.'));
    return [];
  }
  const geometry = pointOfGeometry(feature.geometry);
  const row: TableRow = { where, cells: flattenProperties(properties), contract: properties };
  if ('problem' in geometry) row.geometryProblem = geometry.problem;
  else row.point = geometry.point;
  return [row];
}
