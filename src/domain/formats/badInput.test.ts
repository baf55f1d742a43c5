/** Bad input gets a clear error per row, and the good rows are kept (issue #16's list; 200 MB: csvRows.large.test). */
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importInput, problemCodes } from '../../../tests/fixtures/formatsFixtures';
import { textSource } from './formatTypes';
import { inspectImport } from './import/inspectImport';

const GOOD = 'SYNTHETIC-good,SYNTHETIC good,41.75,129.25';

describe('bad input', () => {
  it('wrong columns: says which field has no column, and which columns the file has', async () => {
    const inspection = await inspectImport(textSource('wrong.csv', 'nom,breite,laenge\nSYNTHETIC,41.7,129.2\n'), 'facilities');
    expect(inspection.suggestion.missing).toEqual(['name.en']);
    expect(inspection.headers).toEqual(['nom', 'breite', 'laenge']);
  });

  it('missing cells in a row: that row is reported, the others imported', async () => {
    const result = await importInput('cells.csv', `id,name,lat,lon\n${GOOD}\nSYNTHETIC-short,SYNTHETIC short,41.7\n`);
    expect(result.records.map((record) => record.id)).toEqual(['SYNTHETIC-good']);
    expect(problemCodes(result)).toEqual(['row 3: csv.row.cells']);
  });

  it('a latitude out of range: the row is reported with the value', async () => {
    const result = await importInput('range.csv', `id,name,lat,lon\n${GOOD}\nSYNTHETIC-far,SYNTHETIC far,95.5,200\n`);
    expect(result.records).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ where: 'row 3', code: 'coordinate.range', message: 'The latitude 95.5 is outside −90…90, so the point is not on the Earth.' });
  });

  it('swapped latitude and longitude: says they look swapped', async () => {
    const result = await importInput('swapped.csv', `id,name,lat,lon\n${GOOD}\nSYNTHETIC-swap,SYNTHETIC swapped,129.25,41.75\n`);
    expect(result.records).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ where: 'row 3', code: 'coordinate.swapped' });
    expect(result.problems[0]?.message).toContain('look swapped');
    expect(result.problems[0]?.hint).toBe('Swap the latitude and longitude columns in the mapping (North Korea lies near latitude 40, longitude 127).');
  });

  it('a byte-order mark: the first column is still found', async () => {
    const result = await importInput('bom.csv', `\uFEFFid,name,lat,lon\n${GOOD}\n`);
    expect(result.records.map((record) => record.id)).toEqual(['SYNTHETIC-good']);
  });

  it('";" as separator with decimal commas: the coordinates are read, and the record says how they were written', async () => {
    const result = await importInput('semicolon.csv', 'id;name;lat;lon\nSYNTHETIC-eu;SYNTHETIC;41,75;129,25\n');
    expect(result.records[0]?.feature.geometry?.coordinates).toEqual([129.25, 41.75]);
    expect(result.records[0]?.feature.properties.notes).toContain('Coordinates imported from semicolon.csv (row 2) were written with decimal commas.');
  });

  it('decimal commas in a "," file, quoted: read as well', async () => {
    const result = await importInput('quoted.csv', 'id,name,lat,lon\nSYNTHETIC-q,SYNTHETIC,"41,75","129,25"\n');
    expect(result.records[0]?.feature.geometry?.coordinates).toEqual([129.25, 41.75]);
  });

  it('non-UTF-8 text: says UTF-8 was expected and that it looks like EUC-KR; imports with that encoding named', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('id,name,name_ko,lat,lon\nSYNTHETIC-k,SYNTHETIC,'), 0xbf, 0xe4, 0xb4, 0xf6, ...new TextEncoder().encode(',41.75,129.25\n')]);
    const refused = await importInput('korean.csv', bytes);
    expect(refused.records).toEqual([]);
    expect(refused.problems[0]?.message).toMatch(/^The file is not UTF-8 text: .* It looks like EUC-KR \(Korean Windows, CP949\)\.$/);
    const read = await importInput('korean.csv', bytes, { encoding: 'euc-kr' });
    expect(read.records[0]?.feature.properties.name).toEqual({ en: 'SYNTHETIC', ko: '요덕' });
  });

  it('a KMZ without a KML inside: says what it holds', async () => {
    const result = await importInput('empty.kmz', zipSync({ 'images/a.png': new Uint8Array([1]) }));
    expect(result.problems.map((problem) => problem.message)).toEqual(['The KMZ holds no KML file (it holds images/a.png).']);
  });

  it.each(['empty.csv', 'empty.geojson', 'empty.kml'])('an empty file (%s): says it is empty', async (name) => {
    const result = await importInput(name, '');
    expect(result.problems.map((problem) => problem.message)).toEqual(['The file is empty.']);
  });

  it('a row without a name among good ones: that row is reported', async () => {
    const result = await importInput('noname.csv', `id,name,lat,lon\n${GOOD}\nSYNTHETIC-anon,,41.7,129.2\n`);
    expect(result.records).toHaveLength(1);
    expect(problemCodes(result)).toEqual(['row 3: field.missing']);
  });
});
