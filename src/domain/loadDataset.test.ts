import { describe, expect, it } from 'vitest';
import { FACILITY_ID, collection, facility, replaceFile, validDatasetFiles } from '../../tests/fixtures/datasetFactory';
import { summaries } from '../../tests/fixtures/problemQueries';
import { assembleDataset, loadDataset, loadDatasetFile } from './loadDataset';

describe('loadDataset', () => {
  it('loads a valid dataset without problems', () => {
    const { dataset, problems } = loadDataset(validDatasetFiles());
    expect(problems).toEqual([]);
    expect([dataset.facilities.length, dataset.sources.length, dataset.violations.length, dataset.provinces.length]).toEqual([1, 1, 1, 3]);
  });

  it('types the plan of a facility', () => {
    const [plan] = loadDataset(validDatasetFiles()).dataset.plans;
    expect(plan).toMatchObject({ facilityId: FACILITY_ID, file: `plans/${FACILITY_ID}.geojson` });
    expect(plan?.features.map((feature) => feature.kind)).toEqual(['site', 'building', 'room', 'room', 'opening', 'fixture']);
  });

  it('loads an empty list of files as an empty dataset', () => {
    expect(loadDataset([])).toEqual({ dataset: { facilities: [], sources: [], violations: [], provinces: [], plans: [] }, problems: [] });
  });

  it('warns about a file that is not part of the dataset layout, and ignores it', () => {
    const { problems } = loadDataset([...validDatasetFiles(), { path: 'notes.json', text: '{}' }]);
    expect(summaries(problems)).toEqual(['warning file.unknown -']);
  });

  it('loads the other files when one is not JSON', () => {
    const { dataset, problems } = loadDataset(replaceFile(validDatasetFiles(), 'violations.geojson', '{"type": "Feature'));
    expect(summaries(problems)).toEqual(['error json.truncated -']);
    expect(dataset.facilities).toHaveLength(1);
  });

  it('loads 2 of 3 facilities when one is broken', () => {
    const features = [facility({ id: 'SYNTHETIC-1' }), facility({ id: 'SYNTHETIC-2', name: 'SYNTHETIC' }), facility({ id: 'SYNTHETIC-3' })];
    const files = replaceFile(validDatasetFiles(), 'facilities.geojson', collection(features));
    expect(loadDataset(files).dataset.facilities.map((record) => record.id)).toEqual(['SYNTHETIC-1', 'SYNTHETIC-3']);
  });

  it('reads files one by one into the same result, keeping the very facility records each file read', () => {
    const files = [...validDatasetFiles(), { path: 'notes.json', text: '{}' }];
    const loaded = files.map(loadDatasetFile);
    const facilitiesFile = loaded.find((file) => file.kind === 'facilities');
    const assembled = assembleDataset(loaded);
    expect(assembled).toEqual(loadDataset(files));
    expect(assembled.dataset.facilities[0]).toBe(facilitiesFile?.records.facilities?.[0]);
  });
});
