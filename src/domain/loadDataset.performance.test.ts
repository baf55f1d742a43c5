/** Load-time budgets: the real dataset well under a second; 10,000 facilities checked against real provinces. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticFacilitiesFile, syntheticFacilityFeatures, syntheticSourcesFile } from '../../tests/fixtures/syntheticDataset';
import { loadDataset, type RawFile } from './loadDataset';

const DATA = join(import.meta.dirname, '../../data/geojson');
const hasData = existsSync(join(DATA, 'facilities.geojson')) && existsSync(join(DATA, 'provinces.geojson'));

function dataFile(path: string): RawFile {
  return { path, text: readFileSync(join(DATA, path), 'utf8') };
}

function timed(files: readonly RawFile[]): number {
  const start = performance.now();
  loadDataset(files);
  return performance.now() - start;
}

describe.skipIf(!hasData)('loadDataset speed', () => {
  it('loads the project dataset in under a second', () => {
    const files = ['facilities.geojson', 'sources.json', 'provinces.geojson'].filter((path) => existsSync(join(DATA, path))).map(dataFile);
    expect(timed(files)).toBeLessThan(1000);
  });

  it('loads 10,000 facilities with their province checks in under 3 seconds', () => {
    const files = [
      dataFile('provinces.geojson'),
      { path: 'sources.json', text: syntheticSourcesFile() },
      { path: 'facilities.geojson', text: syntheticFacilitiesFile(syntheticFacilityFeatures(10_000)) },
    ];
    expect(timed(files)).toBeLessThan(3000);
  });
});
