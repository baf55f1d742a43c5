/** One feature of facilities.geojson → a Facility, or null when a required field is unusable. */
import { FACILITY_STATUSES, FACILITY_TYPES, PRECISIONS } from '../enums';
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
  return reader.failed ? null : facility;
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
