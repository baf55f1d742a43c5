import { describe, expect, it } from 'vitest';
import { FACILITY_ID, collection, offset, planFeatures, planFile, point, replaceFile, validDatasetFiles, violation } from '../../../tests/fixtures/datasetFactory';
import { summaries } from '../../../tests/fixtures/problemQueries';
import { loadDataset } from '../loadDataset';

describe('placement across files', () => {
  it('reports a violation pinned outside its room', () => {
    const files = replaceFile(validDatasetFiles(), 'violations.geojson', collection([violation({}, point(offset(15, 5)))]));
    expect(summaries(loadDataset(files).problems)).toEqual(['error violation.outsideRoom SYNTHETIC-violation']);
  });

  it('accepts a violation pinned on its room wall', () => {
    const files = replaceFile(validDatasetFiles(), 'violations.geojson', collection([violation({}, point(offset(10, 5)))]));
    expect(loadDataset(files).problems).toEqual([]);
  });

  it('accepts a plan drawn within 1 km of its facility', () => {
    const files = replaceFile(validDatasetFiles(), `plans/${FACILITY_ID}.geojson`, planFile(planFeatures(offset(800, 0))));
    expect(loadDataset(files.filter((file) => file.path !== 'violations.geojson')).problems).toEqual([]);
  });

  it('warns when a plan lies more than 1 km from its facility', () => {
    const files = replaceFile(validDatasetFiles(), `plans/${FACILITY_ID}.geojson`, planFile(planFeatures(offset(3000, 0))));
    expect(summaries(loadDataset(files.filter((file) => file.path !== 'violations.geojson')).problems)).toEqual([
      'warning plan.farFromFacility -',
    ]);
  });
});
