/** Command-line arguments of `npm run export`; misuse is a message, never an exception. */
import { FACILITY_STATUSES, PRECISIONS, type FacilityStatus, type FacilityType, type Precision } from '../../src/domain/enums';
import { EMPTY_FILTER, type FacilityFilter } from '../../src/domain/facilityFilter';
import { EXPORT_CONTENTS, type ExportContents } from '../../src/domain/formats/export/exportSelection';
import { EXPORT_FORMATS, type ExportFormat } from '../../src/domain/formats/formatTypes';
import { facilityTypeOf } from '../../src/domain/formats/mapping/vocabulary';
import { optionValue, type Parsed } from './importArguments';

export const EXPORT_USAGE = `usage: npm run export -- --format ${EXPORT_FORMATS.join('|')} [--kind ${EXPORT_CONTENTS.join('|')}] [--type T …] [--province P …] [--agency A …] [--status S …] [--precision P …] [--text WORDS] [--restricted] [--from DIR] OUT`;

export interface ExportArguments {
  format: ExportFormat | null;
  contents: ExportContents | null;
  filter: FacilityFilter;
  restricted: boolean;
  from: string | null;
  out: string;
  help: boolean;
}

const LIST_OPTIONS = ['--type', '--province', '--agency', '--status', '--precision'];

export function parseExportArguments(argv: readonly string[]): Parsed<ExportArguments> {
  const parsed: ExportArguments = { format: null, contents: null, filter: { ...EMPTY_FILTER, types: [], agencies: [], provinces: [], statuses: [], precisions: [] }, restricted: false, from: null, out: '', help: false };
  const outs: string[] = [];
  for (let index = 0; index < argv.length; ) {
    const argument = argv[index] ?? '';
    const name = argument.split('=')[0] ?? '';
    if (!argument.startsWith('-') || argument === '-') {
      outs.push(argument);
      index += 1;
    } else if (argument === '--restricted' || argument === '--help' || argument === '-h') {
      if (argument === '--restricted') parsed.restricted = true;
      else parsed.help = true;
      index += 1;
    } else if (['--format', '--kind', '--text', '--from', ...LIST_OPTIONS].includes(name)) {
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
  if (parsed.format === null) return { ok: false, message: `--format is required (${EXPORT_FORMATS.join(', ')})` };
  if (outs.length !== 1) return { ok: false, message: outs.length === 0 ? 'name the file (or folder) to write' : `one output at a time, not ${outs.length}` };
  parsed.out = outs[0] ?? '';
  return { ok: true, arguments: parsed };
}

function take(parsed: ExportArguments, name: string, value: string): string | null {
  const values = value.split(',').map((part) => part.trim()).filter(Boolean);
  switch (name) {
    case '--format':
      if (!EXPORT_FORMATS.includes(value as ExportFormat)) return `--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${value}"`;
      parsed.format = value as ExportFormat;
      return null;
    case '--kind':
      if (!EXPORT_CONTENTS.includes(value as ExportContents)) return `--kind must be one of ${EXPORT_CONTENTS.join(', ')}, not "${value}"`;
      parsed.contents = value as ExportContents;
      return null;
    case '--text':
      parsed.filter.text = value;
      return null;
    case '--from':
      parsed.from = value;
      return null;
    case '--type': {
      const types = values.map((text) => facilityTypeOf(text));
      const unknown = values.filter((_, index) => types[index] === null);
      if (unknown.length > 0) return `--type: "${unknown.join('", "')}" is not a facility type (detention_centre, political_prison_camp, …)`;
      parsed.filter.types.push(...(types as FacilityType[]));
      return null;
    }
    case '--status':
      if (values.some((status) => !FACILITY_STATUSES.includes(status as FacilityStatus))) return `--status must be among ${FACILITY_STATUSES.join(', ')}`;
      parsed.filter.statuses.push(...(values as FacilityStatus[]));
      return null;
    case '--precision':
      if (values.some((precision) => !PRECISIONS.includes(precision as Precision))) return `--precision must be among ${PRECISIONS.join(', ')}`;
      parsed.filter.precisions.push(...(values as Precision[]));
      return null;
    case '--province':
      parsed.filter.provinces.push(...values);
      return null;
    default:
      parsed.filter.agencies.push(value);
      return null;
  }
}
