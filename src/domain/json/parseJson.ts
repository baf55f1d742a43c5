/**
 * Text → JSON value with problems a person can act on: an empty file, a file cut off while saving, a syntax error
 * with its line and column. A UTF-8 byte-order mark is tolerated (warned about, then stripped).
 */
import { FILE_LEVEL } from '../problems';
import type { Reporter } from '../validation/reporter';

export type ParsedJson = { ok: true; value: unknown } | { ok: false };

const BYTE_ORDER_MARK = 0xfeff;
/** Engines word a premature end differently: V8 "Unexpected end of JSON input", Firefox "end of data", Safari "EOF". */
const END_OF_INPUT = /end of (json )?(input|data)|\beof\b/i;

export function parseJson(text: string, reporter: Reporter): ParsedJson {
  let body = text;
  if (body.charCodeAt(0) === BYTE_ORDER_MARK) {
    reporter.warning(
      FILE_LEVEL,
      'json.bom',
      'The file starts with a byte-order mark (BOM), which JSON does not allow; it was ignored.',
      'Save the file as UTF-8 without BOM.',
    );
    body = body.slice(1);
  }
  if (body.trim() === '') {
    reporter.error(FILE_LEVEL, 'json.empty', 'The file is empty.', 'Restore the file from its source or remove it.');
    return { ok: false };
  }
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    reportSyntaxError(body, error instanceof Error ? error.message : String(error), reporter);
    return { ok: false };
  }
}

function reportSyntaxError(text: string, engineMessage: string, reporter: Reporter): void {
  const position = positionOf(text, engineMessage);
  if (END_OF_INPUT.test(engineMessage) || (position !== null && position >= text.trimEnd().length)) {
    reporter.error(
      FILE_LEVEL,
      'json.truncated',
      'The file ends in the middle of the data: it looks cut off.',
      'It was probably truncated while saving or downloading; restore the complete file.',
    );
    return;
  }
  const where = position === null ? '' : ` at ${lineAndColumn(text, position)}`;
  const reason = engineMessage.replace(/\s*in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
  reporter.error(FILE_LEVEL, 'json.invalid', `The file is not valid JSON${where}: ${reason}.`);
}

/** The character offset of a syntax error, from "at position N" (V8) or "line L column C" (Firefox, newer V8). */
function positionOf(text: string, message: string): number | null {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) {
    const lines = text.split('\n').slice(0, Number(lineColumn[1]) - 1);
    return lines.reduce((offset, line) => offset + line.length + 1, 0) + Number(lineColumn[2]) - 1;
  }
  const offset = /position (\d+)/.exec(message);
  return offset ? Number(offset[1]) : null;
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}
