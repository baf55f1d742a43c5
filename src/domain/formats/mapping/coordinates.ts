/**
 * Coordinates as people write them in spreadsheets: "42.1", "42,1" (a decimal comma), " 129.5 ", and Uwazi's
 * geolocation cell "lat|lon" (latitude first). A value off the Earth is an error naming the value; when the two
 * look swapped (a "latitude" of 129.5 with a "longitude" of 42.1) the message says so.
 */
import type { Position } from 'geojson';

export type PointRead =
  | { ok: true; point: Position | null; decimalComma: boolean }
  | { ok: false; code: string; message: string; hint?: string };

const DECIMAL_POINT = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const DECIMAL_COMMA = /^[-+]?\d+,\d+$/;

/** A number as written, or null when it is not one; a decimal comma is read as a decimal point. */
export function readNumber(text: string): { value: number; decimalComma: boolean } | null {
  const trimmed = text.trim().replace(/\u2212/g, '-');
  if (DECIMAL_POINT.test(trimmed)) return { value: Number(trimmed), decimalComma: false };
  if (DECIMAL_COMMA.test(trimmed)) return { value: Number(trimmed.replace(',', '.')), decimalComma: true };
  return null;
}

/** A point from a latitude and a longitude cell; both empty means the record has no point. */
export function readLatLon(latitudeText: string, longitudeText: string): PointRead {
  const latEmpty = latitudeText.trim() === '';
  const lonEmpty = longitudeText.trim() === '';
  if (latEmpty && lonEmpty) return { ok: true, point: null, decimalComma: false };
  if (latEmpty || lonEmpty) {
    const [given, missing] = latEmpty ? ['longitude', 'latitude'] : ['latitude', 'longitude'];
    return { ok: false, code: 'coordinate.missing', message: `The ${given} is given but the ${missing} is empty.`, hint: 'Give both, or neither when the place is not known.' };
  }
  const latitude = readNumber(latitudeText);
  const longitude = readNumber(longitudeText);
  for (const [name, text, value] of [['latitude', latitudeText, latitude], ['longitude', longitudeText, longitude]] as const) {
    if (value === null) {
      return { ok: false, code: 'coordinate.notNumber', message: `The ${name} "${text.trim()}" is not a number.`, hint: 'Write decimal degrees, such as 39.6758 (not 39°40\'33").' };
    }
  }
  return checkedPoint(latitude?.value ?? 0, longitude?.value ?? 0, Boolean(latitude?.decimalComma || longitude?.decimalComma));
}

/** Uwazi's geolocation cell, "lat|lon"; a "lat, lon" pair is read too. */
export function readGeolocationCell(text: string): PointRead {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, point: null, decimalComma: false };
  const parts = trimmed.includes('|') ? trimmed.split('|') : trimmed.split(/\s*[,;]\s*|\s+/);
  if (parts.length !== 2) {
    return {
      ok: false,
      code: 'coordinate.geolocation',
      message: `The geolocation "${trimmed}" is not a "latitude|longitude" pair.`,
      hint: 'Write it as Uwazi does: latitude, a vertical bar, longitude (39.6758|126.8516).',
    };
  }
  return readLatLon(parts[0] ?? '', parts[1] ?? '');
}

/** A point on the Earth from numbers; off the Earth is an error, with a note when swapping would fix it. */
export function checkedPoint(latitude: number, longitude: number, decimalComma = false): PointRead {
  const latitudeOk = Math.abs(latitude) <= 90;
  const longitudeOk = Math.abs(longitude) <= 180;
  if (latitudeOk && longitudeOk) return { ok: true, point: [longitude, latitude], decimalComma };
  const swappedFits = Math.abs(longitude) <= 90 && Math.abs(latitude) <= 180;
  const which = latitudeOk ? `longitude ${longitude} is outside −180…180` : `latitude ${latitude} is outside −90…90`;
  if (swappedFits) {
    return {
      ok: false,
      code: 'coordinate.swapped',
      message: `The ${which}: latitude and longitude look swapped (latitude ${latitude}, longitude ${longitude}).`,
      hint: 'Swap the latitude and longitude columns in the mapping (North Korea lies near latitude 40, longitude 127).',
    };
  }
  return { ok: false, code: 'coordinate.range', message: `The ${which}, so the point is not on the Earth.`, hint: 'Check the value and its column.' };
}
