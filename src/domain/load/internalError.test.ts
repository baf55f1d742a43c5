/** A fault inside a check (a bug, not bad data) costs only its file or record, which the problem names. */
import { describe, expect, it } from 'vitest';
import { validDatasetFiles } from '../../../tests/fixtures/datasetFactory';
import { loadDataset, loadDatasetFile } from '../loadDataset';
import type { Facility } from '../types';
import { assembleDataset } from './assembleDataset';

describe('an internal error', () => {
  it("names the file it happened in and keeps the other files' records", () => {
    const files = validDatasetFiles().map((file) =>
      file.path === 'violations.geojson'
        ? {
            path: file.path,
            get text(): string {
              throw new Error('SYNTHETIC fault');
            },
          }
        : file,
    );
    const { dataset, problems } = loadDataset(files);
    expect(problems.filter((problem) => problem.code === 'internal.error')).toEqual([
      expect.objectContaining({ level: 'error', file: 'violations.geojson', featureId: '-', message: expect.stringContaining('SYNTHETIC fault') }),
    ]);
    expect(dataset.facilities).toHaveLength(1);
    expect(dataset.plans).toHaveLength(1);
  });

  it('names the record whose cross-file checks failed, and checks the others', () => {
    const loaded = validDatasetFiles().map(loadDatasetFile);
    const facilities = loaded.find((file) => file.kind === 'facilities');
    const good = facilities?.records.facilities?.[0] as Facility;
    const broken = Object.defineProperty({ ...good, id: 'SYNTHETIC-broken' }, 'sources', {
      get() {
        throw new Error('SYNTHETIC fault');
      },
    });
    const withBroken = loaded.map((file) => (file === facilities ? { ...file, records: { facilities: [broken, good] } } : file));
    const { problems } = assembleDataset(withBroken);
    expect(problems.filter((problem) => problem.code === 'internal.error').map((problem) => `${problem.file} ${problem.featureId}`)).toEqual(['facilities.geojson SYNTHETIC-broken']);
  });
});
