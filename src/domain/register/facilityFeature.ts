/** A Facility as a GeoJSON Feature of facilities.geojson: properties in a fixed order, empty optionals left out. */
import type { Feature, Point } from 'geojson';
import type { Facility } from '../types';

export type FacilityProperties = Omit<Facility, 'location'>;
export type FacilityFeature = Feature<Point | null, FacilityProperties>;

const PROPERTY_ORDER: readonly (keyof FacilityProperties)[] = [
  'id',
  'name',
  'type',
  'agency',
  'province',
  'status',
  'precision',
  'role',
  'linkedKind',
  'locationDoubt',
  'confirmation',
  'sources',
  'nkpdId',
  'aliases',
  'county',
  'notes',
  'sourceText',
  'role',
  'linkedKind',
  'locationDoubt',
  'confirmation',
];

function isEmpty(value: unknown): boolean {
  if (value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

/** Fixed key order keeps the written file byte-identical across runs whatever order the record was built in. */
export function facilityFeature(facility: Facility): FacilityFeature {
  const properties = Object.fromEntries(
    PROPERTY_ORDER.filter((key) => !isEmpty(facility[key])).map((key) => [key, facility[key]]),
  ) as unknown as FacilityProperties;
  return {
    type: 'Feature',
    geometry: facility.location ? { type: 'Point', coordinates: [...facility.location] } : null,
    properties,
  };
}

/** The file's text: 2-space JSON and a trailing newline, as every generated data file is written. */
export function jsonFileText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
