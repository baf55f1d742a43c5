import { describe, expect, it } from 'vitest';
import { importAndPreview } from '../../../../tests/fixtures/formatsFixtures';

const HEADER = 'id,name_en,name_ko,type,status,latitude,longitude';

describe('previewImport', () => {
  it('sorts records into added, changed (fills what is held lacks), unchanged and conflicting', async () => {
    const text = [
      HEADER,
      'SYNTHETIC-new,SYNTHETIC new,,office,,41.75,129.25',
      'SYNTHETIC-unlocated,SYNTHETIC holding centre,합성 집결소,holding_centre,operative,41.9,128.5',
      'SYNTHETIC-facility,SYNTHETIC Kyo-hwa-so No. 1,합성 제1교화소,detention_centre,unknown,42.000000123,129.123456789012',
      'SYNTHETIC-camp,SYNTHETIC camp renamed,,political_prison_camp,,41.6,129.9',
    ].join('\n');
    const { preview } = await importAndPreview('p.csv', text);
    expect(preview.counts).toEqual({ added: 1, changed: 1, unchanged: 1, conflicting: 1 });
    const byId = new Map(preview.entries.map((entry) => [entry.id, entry]));
    expect(byId.get('SYNTHETIC-unlocated')?.differences.map((item) => `${item.kind} ${item.field}`)).toEqual(['fill name.ko', 'fill status', 'fill location']);
    expect(byId.get('SYNTHETIC-camp')?.differences).toEqual([{ field: 'name.en', held: 'SYNTHETIC camp "North", Ward 2', imported: 'SYNTHETIC camp renamed', kind: 'conflict' }]);
  });

  it('never lets a default the import filled in contradict what is held', async () => {
    // The file gives no status: "unknown" is the import's default, not the file's word.
    const { preview } = await importAndPreview('p.csv', 'id,name_en,type,latitude,longitude\nSYNTHETIC-camp,"SYNTHETIC camp ""North"", Ward 2",political_prison_camp,41.6,129.9');
    expect(preview.counts).toEqual({ added: 0, changed: 0, unchanged: 1, conflicting: 0 });
  });

  it('marks a change a restricted file would make to a published record', async () => {
    const text = `${HEADER}\nSYNTHETIC-unlocated,SYNTHETIC holding centre,합성 집결소,holding_centre,,41.9,128.5`;
    expect((await importAndPreview('p.csv', text)).preview.entries[0]?.restrictedIntoPublic).toBe(true);
    expect((await importAndPreview('p.csv', text, { publicImport: true })).preview.entries[0]?.restrictedIntoPublic).toBeUndefined();
  });

  it('points out a new record with the name of one held under another id', async () => {
    const { preview } = await importAndPreview('p.csv', `${HEADER}\nSYNTHETIC-other-id,SYNTHETIC Kyo-hwa-so No 1,,,,41.7,129.2\n`);
    expect(preview.entries[0]).toMatchObject({ status: 'added', sameNameAs: 'SYNTHETIC-facility' });
  });
});
