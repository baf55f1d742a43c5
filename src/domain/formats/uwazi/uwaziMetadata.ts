/**
 * An Uwazi entity's metadata → text cells, written as Uwazi's own CSV export writes them: a select's label(s)
 * joined by "|", a geolocation as "lat|lon", a date range as "from~to"; a relationship also gives its entity ids
 * ("<property>.id"), which link a record to one already held.
 */
import { isPlainObject } from '../../validation/describeValue';

export interface MetadataPoints {
  own: LatLon[];
  inherited: LatLon[];
}

export function metadataCells(metadata: Readonly<Record<string, unknown>>, cells: Record<string, string>, suffix: string): MetadataPoints {
  const points: MetadataPoints = { own: [], inherited: [] };
  for (const [property, values] of Object.entries(metadata)) {
    if (!Array.isArray(values) || values.length === 0) continue;
    const entries = values.filter(isPlainObject);
    const geolocations = entries.map((entry) => latLonOf(entry.value)).filter((point): point is LatLon => point !== null);
    if (geolocations.length > 0) {
      points.own.push(...geolocations);
      cells[`${property}${suffix}`] = geolocations.map(({ lat, lon }) => `${lat}|${lon}`).join('|');
      continue;
    }
    for (const entry of entries) {
      if (entry.inheritedType !== 'geolocation' || !Array.isArray(entry.inheritedValue)) continue;
      points.inherited.push(...entry.inheritedValue.filter(isPlainObject).map((inner) => latLonOf(inner.value)).filter((point): point is LatLon => point !== null));
    }
    const texts = entries.map((entry) => textOf(entry)).filter((text) => text !== '');
    if (texts.length > 0) cells[`${property}${suffix}`] = texts.join('|');
    const ids = entries.map((entry) => entry.value).filter((value): value is string => typeof value === 'string');
    if (ids.length > 0 && ids.join('|') !== cells[`${property}${suffix}`]) cells[`${property}.id${suffix}`] = ids.join('|');
  }
  return points;
}

function textOf(entry: Record<string, unknown>): string {
  const { value, label } = entry;
  if (typeof label === 'string' && label !== '') return label;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (isPlainObject(value)) {
    if (typeof value.url === 'string') return value.url;
    if ('from' in value || 'to' in value) return `${dateOf(value.from)}~${dateOf(value.to)}`;
  }
  return '';
}

/** Uwazi keeps dates as seconds since 1970. */
function dateOf(seconds: unknown): string {
  return typeof seconds === 'number' ? new Date(seconds * 1000).toISOString().slice(0, 10) : '';
}

export type LatLon = { lat: number; lon: number };

/** {lat, lon} of a geolocation value, or null. */
function latLonOf(value: unknown): LatLon | null {
  if (!isPlainObject(value)) return null;
  const number = (part: unknown) => (typeof part === 'number' ? part : typeof part === 'string' && part.trim() !== '' ? Number(part) : Number.NaN);
  const lat = number(value.lat);
  const lon = number(value.lon);
  return Number.isFinite(lat) && Number.isFinite(lon) ? { lat, lon } : null;
}
