/** A generous box around North Korea: a facility outside it has wrong coordinates, or swapped ones. */
import type { Position } from 'geojson';

export const NORTH_KOREA_BOUNDS = { west: 124.0, east: 131.0, south: 37.5, north: 43.1 } as const;

export function isInNorthKorea([lon = Number.NaN, lat = Number.NaN]: Position): boolean {
  const { west, east, south, north } = NORTH_KOREA_BOUNDS;
  return lon >= west && lon <= east && lat >= south && lat <= north;
}
