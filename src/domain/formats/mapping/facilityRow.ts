/**
 * A mapped row → the properties of a facility feature. What the file does not say is not made up: a missing type
 * is "other" and a missing status "unknown", each with a note on the record saying the file gave none; a located
 * point is "approximate" unless the file says "site"; a word the contract does not know is kept as the file's text.
 */
import type { Position } from 'geojson';
import { TYPE_LABELS, facilityStatusOf, facilityTypeOf, precisionOf } from './vocabulary';
import type { RowReader } from './rowContext';

export interface RecordBuild {
  id: string;
  properties: Record<string, unknown>;
  location: Position | null;
}

export function facilityFromRow(reader: RowReader): RecordBuild | null {
  const { context } = reader;
  const nkpdId = reader.cell('nkpdId');
  const nameEn = reader.cell('name.en');
  if (nameEn === '') {
    return reader.error('field.missing', 'The facility has no English name.', 'Map a column to "name (English)"; the data contract needs a name in English (a romanised one will do).');
  }
  const place = reader.point();
  if (!place.ok) return null;
  const province = reader.cell('province');
  if (place.point === null && province === '') {
    return reader.error('facility.unplaced', 'The facility has neither coordinates nor a province: nothing places it.', 'Give its coordinates, or at least its province.');
  }
  const notes: string[] = [];
  const sourceText: Record<string, string> = {};
  const said = `${context.file} (${reader.row.where})`;
  const type = enumValue(reader, 'type', facilityTypeOf, 'other', sourceText, notes, said, (value, text) => text !== value && text !== TYPE_LABELS[value]);
  const status = enumValue(reader, 'status', facilityStatusOf, 'unknown', sourceText, notes, said, (value, text) => text.toLowerCase() !== value);
  const precisionText = reader.cell('precision');
  const precision = precisionOf(precisionText) ?? (place.point ? 'approximate' : 'province');
  if (precisionText !== '' && !precisionOf(precisionText)) {
    reader.warning('enum.unknown', `The precision "${precisionText}" is not site, approximate or province; "${precision}" was used.`);
  }
  // A register entity imported again keeps the id the dataset gave it.
  const held = nkpdId === '' ? undefined : context.facilityIdByNkpdId.get(nkpdId);
  const properties: Record<string, unknown> = {
    id: held !== undefined && reader.cell('id') === '' ? held : reader.id(nkpdId || undefined),
    name: withKorean(nameEn, reader.cell('name.ko')),
    type,
    agency: reader.cell('agency'),
    province,
    status,
    precision,
    sources: reader.sources(),
  };
  if (nkpdId !== '') properties.nkpdId = nkpdId;
  const county = reader.cell('county');
  if (county !== '') properties.county = county;
  const aliases = reader.cell('aliases').split(/\s*[;|]\s*/).filter(Boolean);
  if (aliases.length > 0) properties.aliases = aliases;
  const note = reader.cell('notes');
  if (note !== '') notes.unshift(note);
  if (reader.decimalComma) notes.push(`Coordinates imported from ${said} were written with decimal commas.`);
  if (notes.length > 0) properties.notes = notes;
  if (Object.keys(sourceText).length > 0) properties.sourceText = sourceText;
  return { id: String(properties.id), properties, location: place.point };
}

/** A closed-list field: the file's word read, or the fallback with a note; the file's own wording kept when it differs. */
function enumValue<T extends string>(
  reader: RowReader,
  field: 'type' | 'status',
  read: (text: string) => T | null,
  fallback: T,
  sourceText: Record<string, string>,
  notes: string[],
  said: string,
  keepText: (value: T, text: string) => boolean,
): T {
  const text = reader.cell(field);
  if (text === '') {
    notes.push(`${said} gives no ${field}; shown as ${fallback}.`);
    return fallback;
  }
  const value = read(text);
  if (value === null) {
    reader.warning('enum.unknown', `The ${field} "${text}" is not one the data contract knows; imported as ${fallback}, with the file's word kept.`);
    sourceText[field] = text;
    return fallback;
  }
  if (keepText(value, text)) sourceText[field] = text;
  return value;
}

export function withKorean(en: string, ko: string): { en: string; ko?: string } {
  return ko === '' ? { en } : { en, ko };
}
