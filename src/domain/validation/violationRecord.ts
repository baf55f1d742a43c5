/** One feature of violations.geojson → a Violation, or null when a required field is unusable. */
import { checkClassification } from '../classification/checkClassification';
import { precisionMismatch } from '../dates';
import { DATE_PRECISIONS, PLACEMENTS, VIOLATION_CATEGORIES, VISIBILITIES } from '../enums';
import type { Classification, DateRange, Violation } from '../types';
import { describeValue, isPlainObject } from './describeValue';
import type { FeatureEntry } from './featureCollection';
import { FieldReader } from './fieldReader';
import { geometryOf } from './recordGeometry';
import type { Reporter } from './reporter';

export function readViolation(entry: FeatureEntry, reporter: Reporter): Violation | null {
  const reader = new FieldReader(entry.properties, reporter, entry.featureId);
  const violation: Violation = {
    id: reader.id(),
    facilityId: reader.string('facilityId'),
    category: reader.oneOf('category', VIOLATION_CATEGORIES),
    date: readDateRange(reader, entry.properties.date, reporter),
    summary: reader.localized('summary'),
    placement: reader.oneOf('placement', PLACEMENTS),
    visibility: reader.oneOf('visibility', VISIBILITIES),
    sources: reader.sourceRefs('sources'),
    // Null is allowed: only the facility (or room) may be known.
    location: null,
  };
  if (!reader.failed && violation.sources.length === 0) {
    reader.fail('source.missing', 'The violation cites no source.', 'Add at least one {"sourceId": …} to "sources".');
  }
  const roomId = reader.optionalString('roomId');
  if (roomId !== undefined) violation.roomId = roomId;
  const classification = reader.optionalRecord('classification', readClassification);
  if (classification !== undefined) violation.classification = checkClassification(violation.id || entry.featureId, classification, reporter);
  if (entry.geometry !== null) {
    const point = geometryOf(reader, entry.geometry, ['Point'], 'a violation');
    if (point) violation.location = [...point.coordinates];
  }
  return reader.failed ? null : violation;
}

/** {from?, to?} with partial ISO dates; a range running backwards is an error. */
function readDateRange(reader: FieldReader, value: unknown, reporter: Reporter): DateRange {
  if (!isPlainObject(value)) {
    const hint = 'Write {"from": "2019", "to": "2020-05"}, or {"precision": "unknown"} when the date is unknown.';
    if (value === undefined) reader.fail('field.missing', 'Field "date" is missing.', hint);
    else reader.fail('field.type', `Field "date" must be an object, not ${describeValue(value)}.`, hint);
    return {};
  }
  const dates = new FieldReader(value, reporter, reader.featureId, 'date.');
  const range: DateRange = {};
  const from = dates.optionalDate('from');
  const to = dates.optionalDate('to');
  const precision = dates.optionalOneOf('precision', DATE_PRECISIONS);
  if (from !== undefined) range.from = from;
  if (to !== undefined) range.to = to;
  if (precision !== undefined) {
    range.precision = precision;
    const mismatch = precisionMismatch(range);
    if (mismatch) reader.fail('date.precision', `The date says it is known to the ${precision}, but ${mismatch}.`);
  }
  const common = Math.min(from?.length ?? 0, to?.length ?? 0);
  if (from !== undefined && to !== undefined && from.slice(0, common) > to.slice(0, common)) {
    reader.fail('date.invalid', `The date runs backwards: from ${from} to ${to}.`);
  }
  return range;
}

/** {scheme, codes: {facet: [code, …]}}; the codes are checked against the scheme's vocabulary afterwards. */
function readClassification(reader: FieldReader): Classification {
  return { scheme: reader.string('scheme'), codes: reader.stringListRecord('codes') };
}
