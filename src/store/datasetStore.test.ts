import { beforeEach, describe, expect, it } from 'vitest';
import { makeFacility } from '../../tests/fixtures/facilityFactory';
import { importAndPreview, syntheticDataset } from '../../tests/fixtures/formatsFixtures';
import { applyToRegister, EMPTY_REGISTER } from '../domain/localRegister/localRegister';
import { useDatasetStore } from './datasetStore';

describe('datasetStore.load', () => {
  beforeEach(() => useDatasetStore.setState({ status: 'loading', dataset: null, bundled: null, problems: [], bundledProblems: [], failure: null, earlyFacilities: null, register: EMPTY_REGISTER, localFacilityIds: new Set() }));

  it('keeps the dataset and its problems when the loader succeeds', async () => {
    const dataset = { facilities: [makeFacility({ id: 'SYNTHETIC-1' })], sources: [], violations: [], provinces: [], plans: [] };
    const problem = { level: 'warning', code: 'x', file: 'f', featureId: '-', message: 'm' } as const;
    await useDatasetStore.getState().load(async () => ({ dataset, problems: [problem] }));
    const state = useDatasetStore.getState();
    expect([state.status, state.dataset?.facilities.length, state.problems]).toEqual(['ready', 1, [problem]]);
  });

  it('records a failure instead of throwing when the loader throws', async () => {
    await useDatasetStore.getState().load(async () => {
      throw new Error('facilities.geojson: HTTP 404');
    });
    const state = useDatasetStore.getState();
    expect([state.status, state.failure]).toEqual(['failed', 'facilities.geojson: HTTP 404']);
  });

  it('holds the facilities a loader hands over first, while the rest of the dataset is still being checked', async () => {
    const facilities = [makeFacility({ id: 'SYNTHETIC-early' })];
    let finish: (() => void) | undefined;
    const loading = useDatasetStore.getState().load(
      (onFacilities) =>
        new Promise((resolve) => {
          onFacilities(facilities);
          finish = () => resolve({ dataset: { facilities, sources: [], violations: [], provinces: [], plans: [] }, problems: [] });
        }),
    );
    const early = useDatasetStore.getState();
    expect([early.status, early.earlyFacilities, early.dataset]).toEqual(['loading', facilities, null]);
    finish?.();
    await loading;
    const ready = useDatasetStore.getState();
    expect([ready.status, ready.earlyFacilities, ready.dataset?.facilities]).toEqual(['ready', null, facilities]);
  });

  it('shows the facilities imported on this device beside the bundled ones, whichever arrives first, and marks them', async () => {
    const bundled = syntheticDataset();
    const { result, preview } = await importAndPreview('SYNTHETIC-one.csv', 'id,name_en,type,latitude,longitude\nSYNTHETIC-new,SYNTHETIC new office,office,41.75,129.25', { existing: bundled });
    const { register } = applyToRegister(EMPTY_REGISTER, bundled, result, preview, { replace: 'none' });
    useDatasetStore.getState().showRegister(register);
    expect(useDatasetStore.getState().dataset).toBeNull();
    await useDatasetStore.getState().load(async () => ({ dataset: bundled, problems: [] }));
    const state = useDatasetStore.getState();
    expect(state.bundled).toBe(bundled);
    expect(state.dataset?.facilities.map((facility) => facility.id)).toEqual([...bundled.facilities.map((facility) => facility.id), 'SYNTHETIC-new']);
    expect([...state.localFacilityIds]).toEqual(['SYNTHETIC-new']);
    useDatasetStore.getState().showRegister(EMPTY_REGISTER);
    expect(useDatasetStore.getState().dataset).toBe(bundled);
  });
});
