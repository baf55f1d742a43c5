/** Command-line arguments of `npm run import`; misuse is a message, never an exception. */
import { RECORD_KINDS, type RecordKind } from '../../src/domain/formats/formatTypes';
import { isKnownEncoding } from '../../src/domain/formats/input/decodeText';
import { FACILITY_FIELDS, VIOLATION_FIELDS, type ImportField } from '../../src/domain/formats/mapping/importFields';

export const IMPORT_USAGE =
  'usage: npm run import -- FILE [--kind facilities|violations] [--into DIR] [--apply [--replace]] [--public] [--encoding LABEL] [--map FIELD=COLUMN …] [--json]';

export interface ImportArguments {
  file: string;
  kind: RecordKind;
  into: string | null;
  apply: boolean;
  replace: boolean;
  publicImport: boolean;
  encoding?: string;
  map: [ImportField, string][];
  json: boolean;
  help: boolean;
}

export type Parsed<T> = { ok: true; arguments: T } | { ok: false; message: string };

/** Reads "--name value" and "--name=value" alike; returns the value and how many arguments it took. */
export function optionValue(argv: readonly string[], index: number, name: string): { value: string | undefined; step: number } {
  const argument = argv[index] ?? '';
  return argument === name ? { value: argv[index + 1], step: 2 } : { value: argument.slice(name.length + 1), step: 1 };
}

const FLAGS: Readonly<Record<string, (parsed: ImportArguments) => void>> = {
  '--apply': (parsed) => (parsed.apply = true),
  '--replace': (parsed) => (parsed.replace = true),
  '--public': (parsed) => (parsed.publicImport = true),
  '--json': (parsed) => (parsed.json = true),
  '--help': (parsed) => (parsed.help = true),
  '-h': (parsed) => (parsed.help = true),
};

export function parseImportArguments(argv: readonly string[]): Parsed<ImportArguments> {
  const parsed: ImportArguments = { file: '', kind: 'facilities', into: null, apply: false, replace: false, publicImport: false, map: [], json: false, help: false };
  const files: string[] = [];
  for (let index = 0; index < argv.length; ) {
    const argument = argv[index] ?? '';
    const name = argument.split('=')[0] ?? '';
    if (!argument.startsWith('-') || argument === '-') {
      files.push(argument);
      index += 1;
    } else if (argument in FLAGS) {
      FLAGS[argument]?.(parsed);
      index += 1;
    } else if (['--kind', '--into', '--encoding', '--map'].includes(name)) {
      const { value, step } = optionValue(argv, index, name);
      index += step;
      if (value === undefined || value === '') return { ok: false, message: `${name} needs a value` };
      const problem = take(parsed, name, value);
      if (problem) return { ok: false, message: problem };
    } else {
      return { ok: false, message: `unknown option ${argument}` };
    }
  }
  if (parsed.help) return { ok: true, arguments: parsed };
  if (files.length !== 1) return { ok: false, message: files.length === 0 ? 'name the file to import' : `one file at a time, not ${files.length}` };
  if (parsed.replace && !parsed.apply) return { ok: false, message: '--replace only means something with --apply' };
  parsed.file = files[0] ?? '';
  return { ok: true, arguments: parsed };
}

function take(parsed: ImportArguments, name: string, value: string): string | null {
  switch (name) {
    case '--kind':
      if (!RECORD_KINDS.includes(value as RecordKind)) return `--kind must be one of ${RECORD_KINDS.join(', ')}, not "${value}"`;
      parsed.kind = value as RecordKind;
      return null;
    case '--into':
      parsed.into = value;
      return null;
    case '--encoding':
      if (!isKnownEncoding(value)) return `--encoding "${value}" is not an encoding this tool knows (try utf-8, euc-kr, utf-16le, windows-1252)`;
      parsed.encoding = value;
      return null;
    default: {
      const [field, ...column] = value.split('=');
      const fields: readonly string[] = [...new Set([...FACILITY_FIELDS, ...VIOLATION_FIELDS])];
      if (!field || column.length === 0 || !fields.includes(field)) return `--map wants FIELD=COLUMN with FIELD one of ${fields.join(', ')}; got "${value}"`;
      parsed.map.push([field as ImportField, column.join('=')]);
      return null;
    }
  }
}
