/**
 * Rule 6 in the built app: no point of a place the NKDB import leaves out (a victim's house, a market, a field,
 * a school, a place abroad …) appears in any file of dist/, written as in NKDB's capture or rounded to 4–6 decimals.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coordinatesIn, indexCoordinates } from './support/coordinateSearch';
import { captureFolder, excludedPlaces } from './support/excludedPlaces';

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the built app and the places NKDB records that are never published', () => {
  const folder = captureFolder();
  if (!folder) {
    it.skip('needs the shared NKDB capture in ../shared/data/nkdb-visualatlas (absent on this machine)', () => {});
    return;
  }
  const places = excludedPlaces(folder);

  it('has the places to look for: the houses and other non-penal places of the capture', () => {
    expect(places.filter((place) => place.reason === 'private_house').length).toBeGreaterThan(40);
    expect(places.length).toBeGreaterThan(200);
  });

  it('holds none of their coordinates in any built file', () => {
    const files = filesUnder('dist');
    expect(files.some((file) => file.endsWith('.geojson'))).toBe(true);
    const found = files.flatMap((file) => {
      const index = indexCoordinates(readFileSync(file, 'utf8'));
      return places.flatMap((place) => coordinatesIn(index, place).map((form) => `${file}: ${place.label} (${form})`));
    });
    expect(found).toEqual([]);
  });
});
