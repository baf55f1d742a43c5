/** One feature of facilities.geojson → a Facility, or null when a required field is unusable. */
import { CONFIRMATION_STATUSES, FACILITY_STATUSES, FACILITY_TYPES, LINKED_PLACE_KINDS, PLACE_ROLES, PRECISIONS } from '../enums';
import type { Facility } from '../types';
import type { FeatureEntry } from './featureCollection';
import { FieldReader } from './fieldReader';
import { failNullGeometry, geometryOf } from './recordGeometry';
import type { Reporter } from './reporter';

export function readFacility(entry: FeatureEntry, reporter: Reporter): Facility | null {
  const reader = new FieldReader(entry.properties, reporter, entry.featureId);
  const precision = reader.oneOf('precision', PRECISIONS);
  const facility: Facility = {
    id: reader.id(),
    name: reader.localized('name'),
    type: reader.oneOf('type', FACILITY_TYPES),
    agency: reader.string('agency', true),
    province: reader.string('province', precision !== 'province'),
    status: reader.oneOf('status', FACILITY_STATUSES),
    precision,
    sources: reader.sourceRefs('sources'),
    location: null,
  };
  if (!reader.failed && facility.sources.length === 0) {
    reader.fail('source.missing', 'The facility cites no source.', 'Add at least one {"sourceId": …} to "sources".');
  }
  if (entry.geometry === null) {
    if (precision !== 'province') {
      failNullGeometry(reader, `a facility with precision "${precision}"`, 'Give its point, or set "precision" to "province" if only the province is known.');
    }
  } else {
    const point = geometryOf(reader, entry.geometry, ['Point'], 'a facility');
    if (point) facility.location = [...point.coordinates];
  }
  addOptionalFields(facility, reader);
  addPlaceFields(facility, reader);
  return reader.failed ? null : facility;
}

/** What the place is (penal or linked), whether its point is doubtful, and whether a source confirms the site. */
function addPlaceFields(facility: Facility, reader: FieldReader): void {
  const role = reader.optionalOneOf('role', PLACE_ROLES);
  const linkedKind = reader.optionalOneOf('linkedKind', LINKED_PLACE_KINDS);
  const locationDoubt = reader.optionalRecord('locationDoubt', (doubt) => ({ reason: doubt.localized('reason') }));
  const confirmation = reader.optionalRecord('confirmation', (nested) => {
    const status = nested.oneOf('status', CONFIRMATION_STATUSES);
    const sourceId = nested.optionalString('sourceId');
    const note = nested.optionalLocalized('note');
    return { status, ...(sourceId === undefined ? {} : { sourceId }), ...(note === undefined ? {} : { note }) };
  });
  if (role !== undefined) facility.role = role;
  if (linkedKind !== undefined) facility.linkedKind = linkedKind;
  if (role === 'linked' && linkedKind === undefined) {
    reader.fail('field.missing', 'A linked place needs "linkedKind": what the register says it is.', `One of: ${LINKED_PLACE_KINDS.join(', ')}.`);
  }
  if (linkedKind !== undefined && role !== 'linked') {
    reader.warning('field.unused', '"linkedKind" is set but "role" is not "linked"; the place is counted as penal.', 'Set "role": "linked", or remove "linkedKind".');
  }
  if (locationDoubt !== undefined) {
    if (facility.location === null) reader.warning('field.unused', '"locationDoubt" is set on a facility without a point.', 'Remove it, or give the point it doubts.');
    facility.locationDoubt = locationDoubt;
  }
  if (confirmation !== undefined) facility.confirmation = confirmation;
}

function addOptionalFields(facility: Facility, reader: FieldReader): void {
  const nkpdId = reader.optionalString('nkpdId');
  const aliases = reader.optionalStringList('aliases');
  const county = reader.optionalString('county');
  const notes = reader.optionalStringList('notes');
  const sourceText = reader.optionalStringRecord('sourceText');
  if (nkpdId !== undefined) facility.nkpdId = nkpdId;
  if (aliases !== undefined) facility.aliases = [...aliases];
  if (county !== undefined) facility.county = county;
  if (notes !== undefined) facility.notes = [...notes];
  if (sourceText !== undefined) facility.sourceText = { ...sourceText };
}
