/**
 * The supplement's values in the contract's terms, and a Facility for a supplement record the register does not
 * hold. Its wording is kept: in notes (status, its own remarks) and sourceText (fields this import reworded).
 */
import { FACILITY_TYPES, type FacilityStatus, type FacilityType } from '../enums';
import type { Facility, Source } from '../types';
import { displayText } from './displayText';
import type { SupplementRecord } from './supplement';
import { supplementSourceRefs } from './supplementSources';

/**
 * The supplement abbreviates agencies (its report defines them); spelled out as the register spells them. Its
 * "unknown" means no source it read names the agency: the contract's "" (no cited source gives one).
 */
const AGENCY_NAMES: Readonly<Record<string, string>> = {
  mss: 'Ministry of State Security',
  'mps/msos': "Ministry of People's Security",
  unknown: '',
};

export function supplementAgency(agency: string): string {
  return AGENCY_NAMES[displayText(agency).toLowerCase()] ?? displayText(agency);
}

const PLAIN_STATUSES = ['active', 'closed', 'unknown'];

function statusKey(status: string): string {
  return displayText(status).toLowerCase();
}

/** "active" is the register's "operative"; "closed …" wording is closed (the wording goes to the notes). */
export function supplementStatus(status: string): FacilityStatus {
  const key = statusKey(status);
  if (key.startsWith('active')) return 'operative';
  if (key.startsWith('closed')) return 'closed';
  return 'unknown';
}

export function supplementType(facilityType: string): FacilityType | null {
  const key = displayText(facilityType).toLowerCase();
  return (FACILITY_TYPES as readonly string[]).includes(key) ? (key as FacilityType) : null;
}

/** The province name that leads a value like "Pyongyang (NKPD); HRNK map text says …". */
export function supplementProvince(province: string): string {
  return displayText(province.split(/[(;]/)[0] ?? '');
}

/** The supplement's own remarks, in its words, labelled with what they are. */
export function supplementRemarks(record: SupplementRecord): string[] {
  const remarks: string[] = [];
  if (!PLAIN_STATUSES.includes(statusKey(record.status))) {
    remarks.push(
      supplementStatus(record.status) === 'unknown'
        ? `Status "${record.status}" is not one this import knows; shown as unknown.`
        : `Status as the source gives it: "${record.status}".`,
    );
  }
  if (record.statusNote) remarks.push(`Status note: ${record.statusNote}`);
  if (record.notes) remarks.push(record.notes);
  return remarks;
}

export function knownCounty(county: string | undefined): string | undefined {
  return county && displayText(county).toLowerCase() !== 'unknown' ? displayText(county) : undefined;
}

/** The aliases to keep beside a display name: the given ones, minus repeats and the name itself. */
export function distinctAliases(displayName: string, candidates: readonly string[]): string[] {
  const seen = new Set([displayName]);
  return candidates.map(displayText).filter((alias) => alias !== '' && !seen.has(alias) && seen.add(alias));
}

export function supplementOnlyFacility(record: SupplementRecord, sources: ReadonlyMap<string, Source>): Facility {
  const type = supplementType(record.facilityType);
  const name = displayText(record.nameEn);
  const display = { agency: supplementAgency(record.agency), province: supplementProvince(record.province) };
  const sourceText: Record<string, string> = {};
  if (name !== record.nameEn) sourceText.name = record.nameEn;
  if (display.agency !== record.agency) sourceText.agency = record.agency;
  if (display.province !== record.province) sourceText.province = record.province;
  if (type === null) sourceText.type = record.facilityType;
  if (!PLAIN_STATUSES.includes(statusKey(record.status))) sourceText.status = record.status;
  const notes = [
    ...(type === null ? [`Type "${record.facilityType}" is not one this import knows; shown as other.`] : []),
    ...(record.precision === 'site' || record.precision === 'approximate'
      ? []
      : [`Precision "${record.precision}" is not one this import knows; shown as approximate.`]),
    ...supplementRemarks(record),
    ...(record.coordOrigin ? [`Coordinate origin: ${record.coordOrigin}`] : []),
  ];
  const aliases = distinctAliases(name, record.aliases);
  const county = knownCounty(record.county);
  return {
    id: record.id,
    // The supplement's name_ko cites no source: Korean names come from koreanNames.ts, each citing where it is read.
    name: { en: name },
    type: type ?? 'other',
    agency: display.agency,
    province: display.province,
    status: supplementStatus(record.status),
    precision: record.precision === 'site' ? 'site' : 'approximate',
    sources: supplementSourceRefs(record, sources),
    location: record.location,
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(county ? { county } : {}),
    ...(notes.length > 0 ? { notes } : {}),
    ...(Object.keys(sourceText).length > 0 ? { sourceText } : {}),
  };
}
