/**
 * Folds a matched supplement record into its register facility. The register's values win for every field it
 * has; the supplement adds what the register lacks (Korean name, aliases, county, a location when the register has
 * none), its sources, and — in notes — how it was matched, where the two disagree, and its own remarks.
 */
import type { Position } from 'geojson';
import type { Precision } from '../enums';
import type { Facility, Source, SourceRef } from '../types';
import { distanceMetres, type MatchBasis } from './matchSupplement';
import type { SupplementRecord } from './supplement';
import {
  distinctAliases,
  knownCounty,
  supplementAgency,
  supplementProvince,
  supplementRemarks,
  supplementStatus,
  supplementType,
} from './supplementFacility';
import { supplementSourceRefs } from './supplementSources';

/** Below this the two points are the same reading; above it both values go to the notes. */
export const LOCATION_NOTE_DISTANCE_M = 100;

const BASIS_TEXT: Readonly<Record<string, string>> = {
  nkpd_sharedId: 'by its NKPD entity id',
  coord_origin: 'by the NKPD entity its coordinate origin names',
  sources: 'by the NKPD entity its sources name',
};

function basisText(basis: MatchBasis): string {
  if (basis.by === 'entity-id') return BASIS_TEXT[basis.via] ?? basis.via;
  if (basis.by === 'reviewed') return `by a reviewed match: ${basis.reason}`;
  return `by name, ${Math.round(basis.distanceM)} m apart`;
}

function latLon([lon, lat]: Position): string {
  return `lat ${lat}, lon ${lon}`;
}

/** Where the two disagree, in words. The supplement's "other" for NKPD offices is its convention, not a claim. */
function disagreements(facility: Facility, record: SupplementRecord, label: string): string[] {
  const notes: string[] = [];
  if (facility.location) {
    const apart = distanceMetres(facility.location, record.location);
    if (apart > LOCATION_NOTE_DISTANCE_M) {
      notes.push(
        `Location: shown at ${latLon(facility.location)}; ${label} gives ` +
          `${latLon(record.location)} (${Math.round(apart)} m apart).`,
      );
    }
  }
  const type = supplementType(record.facilityType);
  const conventionalOther = type === 'other' && ['office', 'relief_station', 'other'].includes(facility.type);
  if (type !== facility.type && !conventionalOther) {
    const registerType = facility.sourceText?.type ?? facility.type;
    notes.push(`Type: the register says "${registerType}"; ${label} says "${record.facilityType}".`);
  }
  if (supplementStatus(record.status) !== facility.status) {
    notes.push(`Status: the register says ${facility.status}; ${label} says "${record.status}".`);
  }
  const province = supplementProvince(record.province);
  if (province !== '' && province !== facility.province) {
    notes.push(`Province: the register says ${facility.province}; ${label} says "${record.province}".`);
  }
  const agency = supplementAgency(record.agency);
  if (agency !== '' && agency !== facility.agency) {
    notes.push(`Agency: the register says ${facility.agency}; ${label} says "${record.agency}".`);
  }
  return notes;
}

function distinctRefs(refs: readonly SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => {
    const key = JSON.stringify([ref.sourceId, ref.locator, ref.quote, ref.fields]);
    return !seen.has(key) && seen.add(key);
  });
}

/** The supplement can only lower the register's precision; for an unlocated entity its own precision applies. */
function mergedPrecision(facility: Facility, record: SupplementRecord): Precision {
  if (record.precision === 'approximate') return 'approximate';
  if (facility.location === null) return record.precision === 'site' ? 'site' : 'approximate';
  return facility.precision;
}

export interface MergeInput {
  record: SupplementRecord;
  basis: MatchBasis;
  /** Remarks from matching (e.g. an id the record names that the register lacks). */
  remarks: readonly string[];
}

export function mergeSupplement(facility: Facility, input: MergeInput, sources: ReadonlyMap<string, Source>): Facility {
  const { record, basis, remarks } = input;
  const label = `supplementary record ${record.id}`;
  const remarkPrefix = `Supplementary record ${record.id}:`;
  const located = facility.location !== null;
  const notes = [
    ...(facility.notes ?? []),
    `Merged with ${label} (matched ${basisText(basis)}).`,
    ...(located ? [] : [`Location from ${label}; the register gives no coordinates.`]),
    ...disagreements(facility, record, label),
    ...[...remarks, ...supplementRemarks(record)].map((remark) => `${remarkPrefix} ${remark}`),
  ];
  const aliases = distinctAliases(facility.name.en, [...(facility.aliases ?? []), record.nameEn, ...record.aliases]);
  const county = facility.county ?? knownCounty(record.county);
  return {
    ...facility,
    location: facility.location ?? record.location,
    precision: mergedPrecision(facility, record),
    sources: distinctRefs([...facility.sources, ...supplementSourceRefs(record, sources)]),
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(county ? { county } : {}),
    notes,
  };
}
