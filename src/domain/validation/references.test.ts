import { describe, expect, it } from 'vitest';
import {
  FACILITY_ID,
  collection,
  facility,
  fixture,
  planFeatures,
  planFile,
  rawFile,
  replaceFile,
  validDatasetFiles,
  violation,
} from '../../../tests/fixtures/datasetFactory';
import { summaries } from '../../../tests/fixtures/problemQueries';
import { loadDataset } from '../loadDataset';

const PLAN_PATH = `plans/${FACILITY_ID}.geojson`;

describe('references between files', () => {
  it('reports a facility citing a source missing from sources.json', () => {
    const files = replaceFile(validDatasetFiles(), 'facilities.geojson', collection([facility({ sources: [{ sourceId: 'SYNTHETIC-gone' }] })]));
    expect(summaries(loadDataset(files).problems)).toEqual(['error ref.source SYNTHETIC-facility']);
  });

  it('reports a plan feature citing a source missing from sources.json', () => {
    const features = [...planFeatures(), fixture({ id: 'SYNTHETIC-stove', fixtureType: 'stove', sources: [{ sourceId: 'SYNTHETIC-gone' }] })];
    const files = replaceFile(validDatasetFiles(), PLAN_PATH, planFile(features));
    expect(summaries(loadDataset(files).problems)).toEqual(['error ref.source SYNTHETIC-stove']);
  });

  it('does not check source references when the dataset has no sources.json', () => {
    const files = validDatasetFiles().filter((file) => file.path !== 'sources.json');
    expect(loadDataset(replaceFile(files, 'facilities.geojson', collection([facility({ sources: [{ sourceId: 'SYNTHETIC-gone' }] })]))).problems).toEqual([]);
  });

  it("reports a violation whose facility is not in facilities.geojson", () => {
    const files = replaceFile(validDatasetFiles(), 'violations.geojson', collection([violation({ facilityId: 'SYNTHETIC-gone', roomId: undefined })]));
    expect(summaries(loadDataset(files).problems)).toEqual(['error ref.facility SYNTHETIC-violation']);
  });

  it('reports a plan whose facility is not in facilities.geojson', () => {
    const files = [...validDatasetFiles(), rawFile('plans/SYNTHETIC-gone.geojson', planFile(planFeatures(), 'SYNTHETIC-gone'))];
    expect(summaries(loadDataset(files).problems)).toEqual(['error ref.facility -']);
  });

  it("reports a violation whose room is not in its facility's plan", () => {
    const files = replaceFile(validDatasetFiles(), 'violations.geojson', collection([violation({ roomId: 'SYNTHETIC-gone' })]));
    expect(summaries(loadDataset(files).problems)).toEqual(['error ref.room SYNTHETIC-violation']);
  });

  it('does not check a violation room when its facility has no plan', () => {
    const files = validDatasetFiles().filter((file) => file.path !== PLAN_PATH);
    expect(loadDataset(replaceFile(files, 'violations.geojson', collection([violation({ roomId: 'SYNTHETIC-gone' })]))).problems).toEqual([]);
  });

  it('rejects a second plan for the same facility', () => {
    const files = [...validDatasetFiles(), rawFile('plans/SYNTHETIC-copy.geojson', planFile())];
    const { dataset, problems } = loadDataset(files);
    expect(dataset.plans).toHaveLength(1);
    expect(summaries(problems)).toEqual(['warning plan.fileName -', 'error id.duplicate -']);
  });
});
