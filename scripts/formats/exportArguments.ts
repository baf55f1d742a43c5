/** Command-line arguments of `npm run export`; misuse is a message, never an exception. */
import { FACILITY_STATUSES, PRECISIONS, VIOLATION_CATEGORIES, type FacilityStatus, type FacilityType, type Precision, type ViolationCategory } from '../../src/domain/enums';
import { EMPTY_EVIDENCE, parseDecadeRange, type EvidenceFilter } from '../../src/domain/evidence/evidenceFilter';
import { TOP_LEVEL_CODES } from '../../src/domain/evidence/nkdbFacets';
import { EMPTY_FILTER, type FacilityFilter } from '../../src/domain/facilityFilter';
import { EXPORT_CONTENTS, type ExportContents } from '../../src/domain/formats/export/exportSelection';
import { EXPORT_FORMATS, type ExportFormat } from '../../src/domain/formats/formatTypes';
import { facilityTypeOf } from '../../src/domain/formats/mapping/vocabulary';
import { optionValue, type Parsed } from './importArguments';

export const EXPORT_USAGE = `usage: npm run export -- --format ${EXPORT_FORMATS.join('|')} [--kind ${EXPORT_CONTENTS.join('|')}] [--type T …] [--province P …] [--agency A …] [--status S …] [--precision P …] [--text WORDS] [--category C …] [--right R …] [--perpetrator P …] [--decades 1990-2000] [--restricted] [--from DIR] OUT`;

export interface ExportArguments {
  format: ExportFormat | null;
  contents: ExportContents | null;
  filter: FacilityFilter;
  /** The violation filters, as on the map: a facility stays when one of its violations passes them all. */
  evidence: EvidenceFilter;
  restricted: boolean;
  from: string | null;
  out: string;
  help: boolean;
}

const LIST_OPTIONS = ['--type', '--province', '--agency', '--status', '--precision', '--category', '--right', '--perpetrator'];

export function parseExportArguments(argv: readonly string[]): Parsed<ExportArguments> {
  const parsed: ExportArguments = { format: null, contents: null, filter: { ...EMPTY_FILTER, types: [], agencies: [], provinces: [], statuses: [], precisions: [] }, evidence: { ...EMPTY_EVIDENCE, categories: [], rights: [], perpetrators: [] }, restricted: false, from: null, out: '', help: false };
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
    } else if (['--format', '--kind', '--text', '--from', '--decades', ...LIST_OPTIONS].includes(name)) {
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
    case '--category':
      if (values.some((category) => !VIOLATION_CATEGORIES.includes(category as ViolationCategory))) return `--category must be among ${VIOLATION_CATEGORIES.join(', ')}`;
      parsed.evidence.categories.push(...(values as ViolationCategory[]));
      return null;
    case '--right':
    case '--perpetrator': {
      const allowed = TOP_LEVEL_CODES[name === '--right' ? 'rights' : 'perpetrator'];
      const unknown = values.filter((code) => !allowed.includes(code));
      if (unknown.length > 0) return `${name}: "${unknown.join('", "')}" is not one of NKDB's top-level codes (${allowed.join(', ')})`;
      (name === '--right' ? parsed.evidence.rights : parsed.evidence.perpetrators).push(...values);
      return null;
    }
    case '--decades':
      parsed.evidence.decades = parseDecadeRange(value);
      return parsed.evidence.decades ? null : `--decades wants the first years of two decades, e.g. 1990-2000 (the 1990s and the 2000s), not "${value}"`;
    case '--province':
      parsed.filter.provinces.push(...values);
      return null;
    default:
      parsed.filter.agencies.push(value);
      return null;
  }
}
