import { describe, expect, it } from 'vitest';
import { collection, rawFile, violation } from '../../../tests/fixtures/datasetFactory';
import { summaries } from '../../../tests/fixtures/problemQueries';
import { loadFile } from '../loadDataset';

const REPORT = {
  sourceId: 'SYNTHETIC-source',
  capturedAt: '2026-10-01T00:00:00Z',
  records: 10,
  imported: { high: 6 },
  leftOut: { private_house: 3, no_location: 1 },
  facilitiesAdded: 1,
  idIssues: [{ id: 'SYNTHETIC-violation', sourceRecordId: 'E00-S-0001', issues: ['duplicate'] }],
};

const load = (imports: unknown) => loadFile(rawFile('violations.geojson', collection([violation()], { imports })), 'violations');

describe('the "imports" member of violations.geojson', () => {
  it('reads what each import did', () => {
    const { records, problems } = load([REPORT]);
    expect(problems).toEqual([]);
    expect(records.imports).toEqual([REPORT]);
  });

  it('is absent from the records when the file has none', () => {
    expect(load(undefined).records.imports).toBeUndefined();
  });

  it('ignores a malformed entry with a warning, keeping the others and the violations', () => {
    const { records, problems } = load([{ ...REPORT, leftOut: { private_house: -1 } }, REPORT, { ...REPORT, idIssues: [{ id: 3 }] }]);
    expect(summaries(problems)).toEqual(['warning imports.invalid -', 'warning imports.invalid -']);
    expect(records.imports).toEqual([REPORT]);
    expect(records.violations).toHaveLength(1);
  });

  it('ignores a member that is not a list, with a warning', () => {
    const { records, problems } = load(REPORT);
    expect(summaries(problems)).toEqual(['warning imports.invalid -']);
    expect(records.imports).toBeUndefined();
  });
});
