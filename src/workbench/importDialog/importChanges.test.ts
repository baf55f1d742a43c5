import { describe, expect, it } from 'vitest';
import { importAndPreview } from '../../../tests/fixtures/formatsFixtures';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { applyChange, emptyWork } from '../../domain/workbench/changes';
import { addedViolationsByFacility, importChange } from './importChanges';

const AT = '2026-10-02T10:00:00.000Z';
const TEXT = [
  'id,facility_id,category,summary_en,latitude,longitude',
  'SYNTHETIC-v1,SYNTHETIC-facility,torture,SYNTHETIC account one,,',
  'SYNTHETIC-v2,SYNTHETIC-facility,starvation,SYNTHETIC account two,,',
  'SYNTHETIC-v3,SYNTHETIC-camp,forced_labour,SYNTHETIC account three,,',
  'SYNTHETIC-violation,SYNTHETIC-facility,torture,SYNTHETIC account,,',
].join('\n');

describe("an import's violations as workbench edits", () => {
  it('groups the added violations by facility, restricted unless the file was said to be public', async () => {
    const { result, preview } = await importAndPreview('v.csv', TEXT, { kind: 'violations' });
    const grouped = addedViolationsByFacility(result, preview);
    expect(grouped.map((item) => [item.facilityId, item.violations.map((violation) => violation.id)])).toEqual([
      ['SYNTHETIC-facility', ['SYNTHETIC-v1', 'SYNTHETIC-v2']],
      ['SYNTHETIC-camp', ['SYNTHETIC-v3']],
    ]);
    expect(grouped.flatMap((item) => item.violations.map((violation) => violation.visibility))).toEqual(['restricted', 'restricted', 'restricted']);
    expect(result.source.visibility).toBe('restricted');
  });

  it('is one batch of the file as a source and its violations, undone in one step', async () => {
    const { result, preview } = await importAndPreview('v.csv', TEXT, { kind: 'violations' });
    const [facility] = addedViolationsByFacility(result, preview);
    const work = deepFreeze(emptyWork('SYNTHETIC-facility', AT));
    const change = importChange(work, facility!, result);
    expect(change?.type).toBe('batch');
    const applied = applyChange(work, change!, AT);
    expect(applied.work.sources.map((source) => source.id)).toEqual([result.source.id]);
    expect(applied.work.violations.map((violation) => violation.id)).toEqual(['SYNTHETIC-v1', 'SYNTHETIC-v2']);
    const undone = applyChange(applied.work, applied.inverse, AT);
    expect([undone.work.sources, undone.work.violations]).toEqual([[], []]);
  });

  it('leaves what the work already holds, and makes no change when nothing is new', async () => {
    const { result, preview } = await importAndPreview('v.csv', TEXT, { kind: 'violations' });
    const [facility] = addedViolationsByFacility(result, preview);
    const once = applyChange(emptyWork('SYNTHETIC-facility', AT), importChange(null, facility!, result)!, AT).work;
    expect(importChange(deepFreeze(once), facility!, result)).toBeNull();
  });
});
