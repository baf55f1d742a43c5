/**
 * A first column mapping for a file: each contract field takes the column its name says (see importFields), and
 * where no column is named for the coordinates, columns whose values all look like North Korean latitudes or
 * longitudes are proposed, and said to be a guess. The person importing confirms or changes it.
 */
import type { RecordKind, TableRow } from '../formatTypes';
import { columnKey, fieldsOf, namesFor, requiredFields, type ColumnMapping, type ImportField } from './importFields';
import { readNumber } from './coordinates';
import { followsContract } from './recordShape';

export interface MappingSuggestion {
  mapping: ColumnMapping;
  /** Every sampled row follows the data contract already (this app's GeoJSON export): its properties are kept whole. */
  contract: boolean;
  /** Columns no field takes. */
  unused: string[];
  /** Required fields no column fills. */
  missing: ImportField[];
  /** What was guessed, for the person to check. */
  notes: string[];
}

const GEOLOCATION_CELL = /^\s*[-+]?\d+(\.\d+)?\s*\|\s*[-+]?\d+(\.\d+)?\s*$/;
const COORDINATE_FIELDS: readonly ImportField[] = ['latitude', 'longitude', 'geolocation'];

export function suggestMapping(kind: RecordKind, headers: readonly string[], sample: readonly TableRow[]): MappingSuggestion {
  const mapping: ColumnMapping = {};
  const taken = new Set<string>();
  const keyed = headers.map((header) => ({ header, key: columnKey(header) }));
  const geometryGivesPoints = sample.some((row) => row.point);
  const notes: string[] = [];
  for (const field of fieldsOf(kind)) {
    if (geometryGivesPoints && COORDINATE_FIELDS.includes(field)) continue;
    for (const name of namesFor(kind, field)) {
      const match = keyed.find(({ header, key }) => key === name && !taken.has(header));
      if (match) {
        mapping[field] = match.header;
        taken.add(match.header);
        break;
      }
    }
  }
  if (!geometryGivesPoints && !mapping.geolocation && !(mapping.latitude && mapping.longitude)) {
    const geolocation = keyed.find(({ header, key }) => !taken.has(header) && (key.endsWith('geolocation') || looksLike(sample, header, (cell) => GEOLOCATION_CELL.test(cell))));
    if (geolocation) {
      mapping.geolocation = geolocation.header;
      taken.add(geolocation.header);
    } else {
      guessCoordinatesByValue(mapping, headers, sample, taken, notes);
    }
  }
  if (mapping.geolocation && (mapping.latitude || mapping.longitude)) {
    notes.push(`Both a geolocation column ("${mapping.geolocation}") and latitude/longitude columns are mapped; the latitude/longitude columns are used where they are filled.`);
  }
  const contract = sample.length > 0 && sample.every((row) => followsContract(kind, row.contract));
  const required = requiredFields(kind);
  return {
    mapping,
    contract,
    unused: headers.filter((header) => !taken.has(header)),
    missing: contract ? [] : required.filter((field) => !mapping[field]),
    notes,
  };
}

/** Whether every filled sampled cell of a column passes `test` (and at least one is filled). */
function looksLike(sample: readonly TableRow[], header: string, test: (cell: string) => boolean): boolean {
  const cells = sample.map((row) => row.cells[header] ?? '').filter((cell) => cell.trim() !== '');
  return cells.length > 0 && cells.every(test);
}

function within(low: number, high: number) {
  return (cell: string) => {
    const value = readNumber(cell)?.value;
    return value !== undefined && value >= low && value <= high;
  };
}

/** Latitude and longitude columns told by their values alone, when no column is named for them. */
function guessCoordinatesByValue(mapping: ColumnMapping, headers: readonly string[], sample: readonly TableRow[], taken: Set<string>, notes: string[]): void {
  const free = headers.filter((header) => !taken.has(header));
  const latitude = mapping.latitude ?? free.find((header) => looksLike(sample, header, within(37, 43.5)));
  const longitude = mapping.longitude ?? free.find((header) => looksLike(sample, header, within(124, 131)));
  if (!latitude || !longitude || latitude === longitude) return;
  for (const [field, header] of [['latitude', latitude], ['longitude', longitude]] as const) {
    if (mapping[field]) continue;
    mapping[field] = header;
    taken.add(header);
    notes.push(`Column "${header}" was taken as the ${field} because its values look like North Korean ${field}s; check it.`);
  }
}
