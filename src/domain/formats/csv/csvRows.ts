/**
 * A CSV file → its header and TableRows, streamed: bytes are decoded strictly (see decodeText), the separator is
 * read from the header line (",", ";" or tab: a ";" file written with decimal commas is common in Europe and
 * Korea), and each data row becomes a TableRow named by its spreadsheet row number. A row whose cells do not line
 * up with the header is reported and skipped; the rows around it are kept.
 */
import { importProblem, type ByteSource, type ImportProblem, type ProgressCallback, type TableRow } from '../formatTypes';
import { chunkDecoder, EncodingError } from '../input/decodeText';
import { unescapedCell } from './csvWriter';
import { parseTextStream } from './papaStream';

export interface CsvReadOptions {
  encoding?: string;
  onProgress?: ProgressCallback;
  /** Sees every chunk of bytes (the import hashes the file while reading it). */
  onBytes?: (chunk: Uint8Array) => void;
  /** Each good data row, in order; return false to stop reading (an inspection wants only the first few). */
  onRow: (row: TableRow) => boolean | void;
}

export interface CsvReadResult {
  headers: string[];
  delimiter: string;
  /** Data rows met (good or not), empty rows left out. */
  rowCount: number;
  problems: ImportProblem[];
}

const SEPARATORS = [',', ';', '\t'] as const;

export async function readCsv(source: ByteSource, options: CsvReadOptions): Promise<CsvReadResult> {
  const file = source.name;
  const result: CsvReadResult = { headers: [], delimiter: ',', rowCount: 0, problems: [] };
  let rowNumber = 0;
  let stop = false;
  try {
    const first = await firstLine(decodedTexts(source, options));
    if (first.text.trim() === '') {
      result.problems.push(importProblem('error', file, undefined, 'file.empty', 'The file is empty.', 'Choose the file again; it may not have been saved.'));
      return result;
    }
    result.delimiter = separatorOf(first.text.slice(0, first.lineEnd));
    await parseTextStream(first.rest, result.delimiter, ({ rows, errors }) => {
      const broken = new Map(errors.filter((error) => error.row !== undefined).map((error) => [error.row, error.message]));
      rows.forEach((cells, index) => {
        if (stop) return;
        rowNumber += 1;
        if (rowNumber === 1) {
          result.headers = headerNames(cells, file, result.problems);
          return;
        }
        if (cells.every((cell) => cell.trim() === '')) return;
        result.rowCount += 1;
        const row = rowOf(cells, rowNumber, result.headers, broken.get(index), file, result.problems);
        if (row && options.onRow(row) === false) stop = true;
      });
      return !stop;
    });
  } catch (error) {
    if (!(error instanceof EncodingError)) throw error;
    result.problems.push(error.problem);
    return result;
  }
  if (!stop && result.rowCount === 0) {
    result.problems.push(importProblem('error', file, undefined, 'file.noRows', 'The file has a header row but no rows under it.'));
  }
  return result;
}

/** The file's text chunks, decoded as they arrive, with progress and every byte shown to onBytes. */
async function* decodedTexts(source: ByteSource, options: CsvReadOptions): AsyncGenerator<string> {
  const decode = chunkDecoder(source.name, options.encoding);
  let done = 0;
  for await (const chunk of source.chunks()) {
    options.onBytes?.(chunk);
    done += chunk.byteLength;
    yield decode(chunk);
    options.onProgress?.(done, source.size);
  }
  yield decode(null);
}

/** Reads until the first line ending is in hand; hands back that text and a stream of everything (itself first). */
async function firstLine(texts: AsyncGenerator<string>): Promise<{ text: string; lineEnd: number; rest: AsyncIterable<string> }> {
  let text = '';
  let next = await texts.next();
  while (!next.done) {
    text += next.value;
    if (/[\r\n]/.test(text)) break;
    next = await texts.next();
  }
  const lineEnd = text.search(/[\r\n]/);
  const head = text;
  async function* rest(): AsyncGenerator<string> {
    yield head;
    if (!next.done) yield* texts;
  }
  return { text, lineEnd: lineEnd === -1 ? text.length : lineEnd, rest: rest() };
}

/** The separator the header line uses most, outside quotes; a comma when it has none. */
function separatorOf(headerLine: string): string {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const separator of SEPARATORS) {
    const count = unquoted.split(separator).length - 1;
    if (count > bestCount) [best, bestCount] = [separator, count];
  }
  return best;
}

/** Trimmed header names; an empty one is named by its position, a repeated one gets " (2)" (and a warning). */
function headerNames(cells: readonly string[], file: string, problems: ImportProblem[]): string[] {
  const seen = new Set<string>();
  return cells.map((cell, index) => {
    let name = cell.replace(/^\uFEFF/, '').trim() || `column ${index + 1}`;
    if (seen.has(name)) {
      let copy = 2;
      while (seen.has(`${name} (${copy})`)) copy += 1;
      problems.push(importProblem('warning', file, 'row 1', 'csv.header.repeated', `The column "${name}" appears more than once; the later one is read as "${name} (${copy})".`));
      name = `${name} (${copy})`;
    }
    seen.add(name);
    return name;
  });
}

function rowOf(cells: readonly string[], rowNumber: number, headers: readonly string[], broken: string | undefined, file: string, problems: ImportProblem[]): TableRow | null {
  const where = `row ${rowNumber}`;
  if (broken !== undefined) {
    problems.push(importProblem('error', file, where, 'csv.row.malformed', `This row could not be read (${broken}); it was skipped.`, 'Check its quotation marks: a quote opened in a cell must be closed in it.'));
    return null;
  }
  const extra = cells.slice(headers.length);
  if (cells.length < headers.length || extra.some((cell) => cell.trim() !== '')) {
    problems.push(
      importProblem(
        'error',
        file,
        where,
        'csv.row.cells',
        `This row has ${cells.length} cells, the header has ${headers.length}; it was skipped.`,
        'A cell holding the separator must be in quotation marks ("Kaechon, South Pyongan"); numbers written with decimal commas (42,1) need ";" as the separator.',
      ),
    );
    return null;
  }
  const values: Record<string, string> = {};
  headers.forEach((header, index) => {
    values[header] = unescapedCell((cells[index] ?? '').trim());
  });
  return { where, cells: values };
}
