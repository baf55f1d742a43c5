import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { importInput, problemCodes } from '../../../../tests/fixtures/formatsFixtures';

const CSV = 'id,name_en,name_ko,type,latitude,longitude\nSYNTHETIC-new,SYNTHETIC new,합성 신규,re_education_camp,41.75,129.25\n';

describe('runImport', () => {
  it('records the file as a restricted database source named by its SHA-256', async () => {
    const result = await importInput('new.csv', CSV);
    const hash = bytesToHex(sha256(new TextEncoder().encode(CSV)));
    expect(result.sha256).toBe(hash);
    expect(result.source).toMatchObject({ id: `import-${hash.slice(0, 12)}`, kind: 'database', visibility: 'restricted', sha256: hash });
    expect(result.source.title).toBe('new.csv (CSV file, imported 2026-10-02)');
  });

  it('makes the source public only when the person says the file is', async () => {
    expect((await importInput('new.csv', CSV, { publicImport: true })).source.visibility).toBe('public');
  });

  it("cites the file on every record: the row as locator, the row's mapped cells as the database's fields", async () => {
    const [record] = (await importInput('new.csv', CSV)).records;
    expect(record?.feature.properties.sources).toEqual([
      {
        sourceId: expect.stringMatching(/^import-/),
        locator: 'row 2',
        fields: { id: 'SYNTHETIC-new', name_en: 'SYNTHETIC new', name_ko: '합성 신규', type: 're_education_camp', latitude: '41.75', longitude: '129.25' },
      },
    ]);
  });

  it('says what the file did not give instead of inventing it', async () => {
    const [record] = (await importInput('new.csv', CSV)).records;
    expect(record?.feature.properties).toMatchObject({ status: 'unknown', precision: 'approximate', agency: '', notes: ['new.csv (row 2) gives no status; shown as unknown.'] });
  });

  it('gives rows without an id the same id on every import of the same file', async () => {
    const text = 'name,lat,lon\nSYNTHETIC A,41.75,129.25\n';
    const first = await importInput('a.csv', text);
    const second = await importInput('a.csv', text);
    expect(first.records[0]?.id).toMatch(/^import-[0-9a-f]{8}-row-2$/);
    expect(second.records[0]?.id).toBe(first.records[0]?.id);
  });

  it('keeps a word the contract does not know as the file\'s text, and says so', async () => {
    const result = await importInput('a.csv', 'id,name,type,lat,lon\nSYNTHETIC-p,SYNTHETIC prison,Prison,41.75,129.25\n');
    expect(result.records[0]?.feature.properties).toMatchObject({ type: 'other', sourceText: { type: 'Prison' } });
    expect(problemCodes(result)).toEqual(['row 2: enum.unknown']);
  });

  it('leaves out a second row with an id already used in the file', async () => {
    const result = await importInput('a.csv', 'id,name,lat,lon\nSYNTHETIC-d,A,41.75,129.25\nSYNTHETIC-d,B,41.75,129.25\n');
    expect(result.records.map((record) => record.where)).toEqual(['row 2']);
    expect(result.problems[0]).toMatchObject({ where: 'row 3', code: 'id.duplicate', message: 'The id "SYNTHETIC-d" is also used by row 2; this row was not imported.' });
  });

  it('runs the dataset checks: a violation at a facility the dataset does not hold is not imported, and its row is named', async () => {
    const text = 'id,facility_id,category,summary_en\nSYNTHETIC-v1,SYNTHETIC-facility,torture,SYNTHETIC account one\nSYNTHETIC-v2,SYNTHETIC-nowhere,torture,SYNTHETIC account two\n';
    const result = await importInput('v.csv', text, { kind: 'violations' });
    expect(result.records.map((record) => record.id)).toEqual(['SYNTHETIC-v1']);
    expect(result.problems.map((problem) => `${problem.where}: ${problem.code}`)).toEqual(['row 3: ref.facility']);
  });

  it('makes every violation of a file not said to be public restricted, whatever the file says', async () => {
    const text = 'id,facility_id,category,summary_en,visibility\nSYNTHETIC-v1,SYNTHETIC-facility,torture,SYNTHETIC account,public\n';
    expect((await importInput('v.csv', text, { kind: 'violations' })).records[0]?.feature.properties.visibility).toBe('restricted');
    expect((await importInput('v.csv', text, { kind: 'violations', publicImport: true })).records[0]?.feature.properties.visibility).toBe('public');
  });

  it('keeps the citations a row carries of sources the dataset holds, and leaves out others with a warning', async () => {
    const refs = JSON.stringify([{ sourceId: 'SYNTHETIC-source', locator: 'p. 3' }, { sourceId: 'SYNTHETIC-elsewhere' }]);
    const text = `id,name,lat,lon,sources_json\nSYNTHETIC-s,SYNTHETIC,41.75,129.25,"${refs.replace(/"/g, '""')}"\n`;
    const result = await importInput('s.csv', text);
    expect((result.records[0]?.feature.properties.sources as { sourceId: string }[]).map((ref) => ref.sourceId)).toEqual(['SYNTHETIC-source', result.source.id]);
    expect(problemCodes(result)).toEqual(['row 2: sources.unknown']);
  });

  it("counts the rows of the other kind in this app's exports and leaves them", async () => {
    const text = 'record,id,name_en,facility_id,category,summary_en,latitude,longitude\nfacility,SYNTHETIC-f,SYNTHETIC,,,,41.75,129.25\nviolation,SYNTHETIC-v,,SYNTHETIC-f,torture,SYNTHETIC,,\n';
    const result = await importInput('both.csv', text);
    expect([result.rowsRead, result.otherKindRows, result.records.length]).toEqual([1, 1, 1]);
  });
});
