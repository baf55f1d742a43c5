/** Export then import gives back the same records, on SYNTHETIC records made for it (the bundled data: tests/unit). */
import { describe, expect, it } from 'vitest';
import { everything, syntheticDataset } from '../../../tests/fixtures/formatsFixtures';
import { expectFacilitiesBack, expectViolationsBack, roundTrip } from '../../../tests/fixtures/roundTrip';
import type { Dataset } from '../types';

const FORMATS = ['uwazi-csv', 'geojson', 'kml', 'csv'] as const;

function emptyDataset(): Dataset {
  const { provinces } = syntheticDataset();
  return { facilities: [], sources: [], violations: [], provinces, plans: [] };
}

describe.each(FORMATS)('round trip through %s', (format) => {
  it('gives back the same facilities (ids, names in English and Korean, types, coordinates), all unchanged', async () => {
    const trip = await roundTrip(syntheticDataset(), format, 'facilities', everything(true, format === 'uwazi-csv' ? 'facilities' : 'all'));
    expect(trip.result.problems.filter((problem) => problem.level === 'error')).toEqual([]);
    expectFacilitiesBack(trip);
    expect(trip.preview.counts).toEqual({ added: 0, changed: 0, unchanged: 5, conflicting: 0 });
  });

  it('brings the same facilities into an empty dataset', async () => {
    const trip = await roundTrip(syntheticDataset(), format, 'facilities', everything(false, format === 'uwazi-csv' ? 'facilities' : 'all'), emptyDataset());
    expectFacilitiesBack(trip);
    expect(trip.preview.counts.added).toBe(4);
  });

  it('gives back the same violations', async () => {
    const trip = await roundTrip(syntheticDataset(), format, 'violations', everything(true, format === 'uwazi-csv' ? 'violations' : 'all'));
    expect(trip.result.problems.filter((problem) => problem.level === 'error')).toEqual([]);
    expectViolationsBack(trip);
    expect(trip.preview.counts.unchanged).toBe(2);
  });
});

describe('round trip through GeoJSON', () => {
  it('keeps every field of the contract, not only those a mapping names', async () => {
    const dataset = syntheticDataset();
    const trip = await roundTrip(dataset, 'geojson', 'facilities', everything(true));
    const camp = trip.result.records.find((record) => record.id === 'SYNTHETIC-camp')?.feature.properties;
    expect(camp).toMatchObject({ aliases: ['SYN camp'], agency: "Ministry of People's Security", precision: 'site' });
    expect((camp?.sources as { sourceId: string }[]).map((ref) => ref.sourceId)).toEqual(['SYNTHETIC-source', trip.result.source.id]);
  });
});
