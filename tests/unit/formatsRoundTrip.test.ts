/** The bundled dataset (data/geojson) exported and imported back in each format: nothing changes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { everything } from '../fixtures/formatsFixtures';
import { expectFacilitiesBack, expectViolationsBack, roundTrip } from '../fixtures/roundTrip';
import { loadDataset } from '../../src/domain/loadDataset';

const FILES = ['facilities.geojson', 'sources.json', 'violations.geojson', 'provinces.geojson', 'plans/nkpd-pe7q4z9cv8.geojson'];
const bundled = loadDataset(FILES.map((path) => ({ path, text: readFileSync(`data/geojson/${path}`, 'utf8') }))).dataset;

describe.each(['uwazi-csv', 'geojson', 'kml', 'csv'] as const)('the bundled data through %s', (format) => {
  it('comes back with the same ids, names (EN/KO), types and coordinates, every facility unchanged', async () => {
    const trip = await roundTrip(bundled, format, 'facilities', everything(false, format === 'uwazi-csv' ? 'facilities' : 'all'));
    expectFacilitiesBack(trip);
    expect(trip.exported.facilities).toHaveLength(bundled.facilities.length);
    expect(trip.preview.counts).toEqual({ added: 0, changed: 0, unchanged: bundled.facilities.length, conflicting: 0 });
  });

  it('brings its violations back unchanged', async () => {
    const trip = await roundTrip(bundled, format, 'violations', everything(false, format === 'uwazi-csv' ? 'violations' : 'all'));
    expectViolationsBack(trip);
    expect(trip.preview.counts.unchanged).toBe(bundled.violations.length);
  });
});
