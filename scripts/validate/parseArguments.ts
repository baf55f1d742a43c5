/** Command-line arguments of the validate script; misuse is a message, never an exception. */
import { FILE_KINDS, type FileKind } from '../../src/domain/loadDataset';

export const USAGE = `usage: npm run validate -- [DIR|FILE ...] [--kind ${FILE_KINDS.join('|')}] [--json]`;

export interface Arguments {
  paths: string[];
  kind: FileKind | null;
  json: boolean;
  help: boolean;
}

export type ParsedArguments = { ok: true; arguments: Arguments } | { ok: false; message: string };

export function parseArguments(argv: readonly string[]): ParsedArguments {
  const parsed: Arguments = { paths: [], kind: null, json: false, help: false };
  let pathsOnly = false;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (pathsOnly || !argument.startsWith('-') || argument === '-') {
      parsed.paths.push(argument);
    } else if (argument === '--') {
      pathsOnly = true;
    } else if (argument === '--json') {
      parsed.json = true;
    } else if (argument === '--help' || argument === '-h') {
      parsed.help = true;
    } else if (argument === '--kind' || argument.startsWith('--kind=')) {
      const value = argument === '--kind' ? argv[(index += 1)] : argument.slice('--kind='.length);
      if (!FILE_KINDS.includes(value as FileKind)) {
        return { ok: false, message: `--kind must be one of ${FILE_KINDS.join(', ')}${value === undefined ? '' : `, not "${value}"`}` };
      }
      parsed.kind = value as FileKind;
    } else {
      return { ok: false, message: `unknown option ${argument}` };
    }
  }
  return { ok: true, arguments: parsed };
}
