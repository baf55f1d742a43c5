/** One register row → one Facility: the register's type and status mapped to the contract's enums. */
import type { FacilityStatus, FacilityType } from '../enums';
import type { Facility } from '../types';
import { displayText } from './displayText';
import { registerSourceRef } from './registerSources';
import type { RegisterRow } from './registerTsv';

const TYPE_BY_KEY: Readonly<Record<string, FacilityType>> = {
  'waiting room': 'waiting_room',
  'holding centre': 'holding_centre',
  'detention centre': 'detention_centre',
  'labour training centre': 'labour_training_centre',
  'labour training camp': 'labour_training_camp',
  're-education camp': 're_education_camp',
  'political prison camp': 'political_prison_camp',
  'closed detention facility': 'closed_detention_facility',
  office: 'office',
  'kkotjebi relief station': 'relief_station',
  other: 'other',
};

const STATUS_BY_KEY: Readonly<Record<string, FacilityStatus>> = {
  operative: 'operative',
  closed: 'closed',
  unknown: 'unknown',
};

/** The source mixes capitalisation and spacing, so values compare case- and whitespace-insensitively. */
function valueKey(text: string): string {
  return displayText(text).toLowerCase();
}

/** The enum value for a register type, or null when the register uses a type this import does not know. */
export function registerType(text: string): FacilityType | null {
  return TYPE_BY_KEY[valueKey(text)] ?? null;
}

export function registerStatus(text: string): FacilityStatus | null {
  return STATUS_BY_KEY[valueKey(text)] ?? null;
}

export function registerFacilityId(sharedId: string): string {
  return `nkpd-${sharedId}`;
}

/**
 * sourceText always keeps the register's type and affiliation (the enum loses their wording); name, agency and
 * province only when the display form differs from what the register wrote; status only when unrecognised.
 */
export function registerFacility(row: RegisterRow): Facility {
  const { fields } = row;
  const type = registerType(fields.type);
  const status = registerStatus(fields.status);
  const notes: string[] = [];
  const sourceText: Record<string, string> = { type: fields.type };
  if (fields.affiliation.trim() !== '') sourceText.affiliation = fields.affiliation;
  if (type === null) notes.push(`The register's type "${fields.type}" is not one this import knows; shown as other.`);
  if (status === null) {
    notes.push(`The register's status "${fields.status}" is not one this import knows; shown as unknown.`);
    sourceText.status = fields.status;
  }
  if (row.coordinateProblem) notes.push(`The register's ${row.coordinateProblem}; shown without a location.`);
  const display = {
    name: displayText(fields.name),
    agency: displayText(fields.agency),
    province: displayText(fields.province),
  };
  for (const key of ['name', 'agency', 'province'] as const) {
    if (display[key] !== fields[key]) sourceText[key] = fields[key];
  }
  return {
    id: registerFacilityId(fields.id),
    name: { en: display.name },
    type: type ?? 'other',
    agency: display.agency,
    province: display.province,
    status: status ?? 'unknown',
    precision: row.location ? 'site' : 'province',
    sources: [registerSourceRef(row)],
    location: row.location,
    nkpdId: fields.id,
    ...(notes.length > 0 ? { notes } : {}),
    sourceText,
  };
}
