/**
 * A mapped row → the properties of a violation feature. Visibility fails closed: unless the person importing said
 * the file is public, every violation it brings is restricted, whatever the file says; a point with no placement
 * given is "illustrative" (nobody said a witness placed it there).
 */
import { categoryOf, isoDateOf, placementOf } from './vocabulary';
import type { RecordBuild } from './facilityRow';
import { withKorean } from './facilityRow';
import type { RowReader } from './rowContext';

export function violationFromRow(reader: RowReader): RecordBuild | null {
  const { context } = reader;
  const facilityText = reader.cell('facilityId');
  if (facilityText === '') return reader.error('field.missing', 'The violation does not say which facility it happened at.', 'Map a column to "facility id".');
  const categoryText = reader.cell('category');
  if (categoryText === '') return reader.error('field.missing', 'The violation has no category.', 'Map a column to "category".');
  const summaryEn = reader.cell('summary.en');
  if (summaryEn === '') return reader.error('field.missing', 'The violation has no summary in English.', 'Map a column to "summary (English)".');
  const place = reader.point();
  if (!place.ok) return null;
  let category = categoryOf(categoryText);
  if (category === null) {
    reader.warning('enum.unknown', `The category "${categoryText}" is not one the data contract knows; imported as other (the file's word is kept in the citation).`);
    category = 'other';
  }
  const properties: Record<string, unknown> = {
    id: reader.id(),
    facilityId: context.facilityIdByNkpdId.get(facilityText) ?? facilityText,
    category,
    date: dateRange(reader),
    summary: withKorean(summaryEn, reader.cell('summary.ko')),
    placement: placement(reader, place.point !== null),
    visibility: visibility(reader),
    sources: reader.sources(),
  };
  const roomId = reader.cell('roomId');
  if (roomId !== '') properties.roomId = roomId;
  return { id: String(properties.id), properties, location: place.point };
}

function dateRange(reader: RowReader): Record<string, string> {
  const range: Record<string, string> = {};
  for (const [field, key] of [['date.from', 'from'], ['date.to', 'to']] as const) {
    const text = reader.cell(field);
    if (text === '') continue;
    const date = isoDateOf(text);
    if (date === null) reader.warning('date.invalid', `The date "${text}" is not a date this import reads; it was left out.`, 'Write YYYY, YYYY-MM or YYYY-MM-DD.');
    else range[key] = date;
  }
  return range;
}

function placement(reader: RowReader, located: boolean): string {
  const text = reader.cell('placement');
  const read = text === '' ? null : placementOf(text);
  if (text !== '' && read === null) reader.warning('enum.unknown', `The placement "${text}" is not testimony, illustrative or facility_only; it was not used.`);
  return read ?? (located ? 'illustrative' : 'facility_only');
}

function visibility(reader: RowReader): 'public' | 'restricted' {
  if (!reader.context.publicImport) return 'restricted';
  const text = reader.cell('visibility');
  if (text === '' || text === 'public') return 'public';
  if (text !== 'restricted') reader.warning('visibility.unknown', `The visibility "${text}" is not "public"; the violation is restricted.`);
  return 'restricted';
}
