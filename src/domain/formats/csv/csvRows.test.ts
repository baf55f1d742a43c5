import { describe, expect, it } from 'vitest';
import { bytesSource, textSource, type TableRow } from '../formatTypes';
import { readCsv } from './csvRows';
import { csvText } from './csvWriter';

async function read(text: string | Uint8Array, chunkSize?: number) {
  const rows: TableRow[] = [];
  const source = typeof text === 'string' ? bytesSource('SYNTHETIC.csv', new TextEncoder().encode(text), chunkSize) : bytesSource('SYNTHETIC.csv', text, chunkSize);
  const result = await readCsv(source, { onRow: (row) => void rows.push(row) });
  return { ...result, rows, codes: result.problems.map((problem) => `${problem.where ?? '-'}: ${problem.code}`) };
}

describe('readCsv', () => {
  it('reads the header and names each row by its spreadsheet row number', async () => {
    const { headers, rows } = await read('id,name\nSYN-1,A\n\nSYN-2,B\n');
    expect(headers).toEqual(['id', 'name']);
    expect(rows).toEqual([
      { where: 'row 2', cells: { id: 'SYN-1', name: 'A' } },
      { where: 'row 4', cells: { id: 'SYN-2', name: 'B' } },
    ]);
  });

  it.each([
    [';', 'id;name;lat\nSYN-1;A;42,1\n'],
    ['\t', 'id\tname\tlat\nSYN-1\tA\t42.1\n'],
    [',', 'id,name,lat\nSYN-1,"A; B",42.1\n'],
  ])('tells the separator %j from the header line', async (separator, text) => {
    const { delimiter, rows } = await read(text);
    expect(delimiter).toBe(separator);
    expect(Object.keys(rows[0]?.cells ?? {})).toEqual(['id', 'name', 'lat']);
  });

  it('reads a header behind a byte-order mark', async () => {
    const { headers } = await read('\uFEFFid,name\nSYN-1,A\n');
    expect(headers).toEqual(['id', 'name']);
  });

  it('keeps quoted line breaks and multi-byte characters across tiny chunks', async () => {
    const { rows } = await read('id,name\nSYN-1,"first\nsecond"\nSYN-2,요덕\n', 3);
    expect(rows.map((row) => row.cells.name)).toEqual(['first\nsecond', '요덕']);
  });

  it('reports a row whose cells do not line up with the header, and keeps the rows around it', async () => {
    const { rows, codes, problems } = await read('id,name,lat\nSYN-1,A,42\nSYN-2,Kaechon, South Pyongan,42\nSYN-3,C,41\n');
    expect(rows.map((row) => row.cells.id)).toEqual(['SYN-1', 'SYN-3']);
    expect(codes).toEqual(['row 3: csv.row.cells']);
    expect(problems[0]?.message).toBe('This row has 4 cells, the header has 3; it was skipped.');
  });

  it('accepts empty cells after the last column (as Uwazi writes them)', async () => {
    const { rows, codes } = await read('Title,Type,\nSYN,Office,,\n');
    expect(codes).toEqual([]);
    expect(rows[0]?.cells).toEqual({ Title: 'SYN', Type: 'Office', 'column 3': '' });
  });

  it('reports an unterminated quotation mark', async () => {
    const { codes } = await read('id,name\nSYN-1,"never closed\nSYN-2,B\n');
    expect(codes).toEqual(['row 2: csv.row.malformed']);
  });

  it.each([
    ['', 'file.empty'],
    ['  \n', 'file.empty'],
    ['id,name\n', 'file.noRows'],
  ])('says when there is nothing to read (%j)', async (text, code) => {
    expect((await read(text)).codes).toEqual([`-: ${code}`]);
  });

  it('renames a repeated column and says so', async () => {
    const { headers, codes } = await read('name,name\nA,B\n');
    expect(headers).toEqual(['name', 'name (2)']);
    expect(codes).toEqual(['row 1: csv.header.repeated']);
  });

  it('stops early when asked (an inspection reads only the first rows)', async () => {
    const rows: TableRow[] = [];
    await readCsv(textSource('SYNTHETIC.csv', 'id\n1\n2\n3\n'), { onRow: (row) => rows.push(row) < 2 });
    expect(rows).toHaveLength(2);
  });

  it('reads back what csvText wrote, formula-looking text and negative numbers included', async () => {
    const cells = { name: '=HYPERLINK("x")', other: '+1 (plus)', longitude: '-12.5', note: '-dash' };
    const written = csvText(Object.keys(cells), [cells], { byteOrderMark: true });
    expect(written).toContain("'=HYPERLINK");
    expect(written).toContain(',-12.5,');
    expect((await read(written)).rows[0]?.cells).toEqual(cells);
  });
});
