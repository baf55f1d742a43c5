import i18next from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importAndPreview } from '../../../tests/fixtures/formatsFixtures';
import { createHarness, SYNTHETIC_FACILITY } from '../../../tests/fixtures/testWorkCore';
import { en } from '../../i18n/dictionaries';
import { applyToWorks } from './applyToWorks';

const TEXT = [
  'id,facility_id,category,summary_en',
  'SYNTHETIC-v1,SYNTHETIC-facility,torture,SYNTHETIC account one',
  'SYNTHETIC-v2,SYNTHETIC-camp,forced_labour,SYNTHETIC account two',
].join('\n');

let harness: ReturnType<typeof createHarness>;
beforeAll(() => i18next.init({ resources: { en: { translation: en } }, lng: 'en' }));
beforeEach(() => {
  harness = createHarness();
});
afterEach(() => harness.dispose());

describe('applying an import of violations through the work stores', () => {
  it("adds the open facility's violations in one undoable step, and another facility's to its stored work", async () => {
    const { result, preview } = await importAndPreview('v.csv', TEXT, { kind: 'violations' });
    const open = await harness.open();
    expect(await applyToWorks(open, result, preview)).toEqual({ violations: 2, facilities: 2 });
    const work = open.store.getState().work;
    expect(work?.violations.map((violation) => [violation.id, violation.visibility])).toEqual([['SYNTHETIC-v1', 'restricted']]);
    expect(work?.sources.map((source) => [source.id, source.visibility, source.sha256])).toEqual([[result.source.id, 'restricted', result.sha256]]);
    const other = await harness.open({ facilityId: 'SYNTHETIC-camp' });
    expect(other.store.getState().work?.violations.map((violation) => violation.id)).toEqual(['SYNTHETIC-v2']);
    open.undo();
    expect([open.store.getState().work?.violations, open.store.getState().work?.sources]).toEqual([[], []]);
    expect(open.store.getState().work?.facilityId).toBe(SYNTHETIC_FACILITY);
  });

  it('names a facility open in another tab, and still stores the others', async () => {
    const { result, preview } = await importAndPreview('v.csv', TEXT, { kind: 'violations' });
    const open = await harness.open();
    await harness.open({ facilityId: 'SYNTHETIC-camp' });
    await expect(applyToWorks(open, result, preview)).rejects.toThrow(/SYNTHETIC-camp: not merged, because it is open in the workbench in another tab/);
    expect(open.store.getState().work?.violations.map((violation) => violation.id)).toEqual(['SYNTHETIC-v1']);
  });
});
