/**
 * 10,000 SYNTHETIC facilities checked against the real provinces: every one is kept, and every located one gets
 * its province check. (How long it takes is measured by scripts/bench/loadDataset.ts, not here.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticFacilitiesFile, syntheticFacilityFeatures, syntheticSourcesFile } from '../../tests/fixtures/syntheticDataset';
import { loadDataset } from './loadDataset';

const PROVINCES = join(import.meta.dirname, '../../data/geojson/provinces.geojson');

describe.skipIf(!existsSync(PROVINCES))('loadDataset at scale', () => {
  it('keeps all 10,000 facilities and checks each located one against the provinces', () => {
    const features = syntheticFacilityFeatures(10_000);
    const { dataset, problems } = loadDataset([
      { path: 'provinces.geojson', text: readFileSync(PROVINCES, 'utf8') },
      { path: 'sources.json', text: syntheticSourcesFile() },
      { path: 'facilities.geojson', text: syntheticFacilitiesFile(features) },
    ]);
    expect(dataset.facilities).toHaveLength(10_000);
    expect(problems.filter((problem) => problem.level === 'error')).toEqual([]);
    // The points are spread over a box around the country: some fall in another province or in none, and are told.
    const provinceWarnings = problems.filter((problem) => problem.code.startsWith('facility.province.'));
    expect(provinceWarnings.length).toBeGreaterThan(0);
    expect(provinceWarnings.length).toBeLessThanOrEqual(features.filter((feature) => feature.geometry !== null).length);
  });
});
