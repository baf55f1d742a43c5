/**
 * Rows → CSV text by papaparse. A cell a spreadsheet would run as a formula ("=…", "+…", "@…", "-" before a
 * letter) is written with a leading apostrophe, as spreadsheets themselves do, so a name in the data can never
 * execute; negative numbers stay numbers. The reader drops that apostrophe again (see csvRows).
 */
import Papa from 'papaparse';

const FORMULA_START = /^([=+@\t\r]|-(?![\d.]))/;

export interface CsvWriteOptions {
  /** A UTF-8 byte-order mark, which spreadsheets need to read Korean text in a CSV as UTF-8. */
  byteOrderMark: boolean;
}

export function csvText(columns: readonly string[], rows: readonly Readonly<Record<string, string>>[], options: CsvWriteOptions): string {
  const text = Papa.unparse(
    { fields: [...columns], data: rows.map((row) => columns.map((column) => row[column] ?? '')) },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
  return `${options.byteOrderMark ? '\uFEFF' : ''}${text}\r\n`;
}

/** Undoes the apostrophe csvText (or a spreadsheet) put before a cell that looks like a formula. */
export function unescapedCell(cell: string): string {
  return cell.replace(/^'(?=[=+\-@\t\r])/, '');
}
