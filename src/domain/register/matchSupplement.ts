/**
 * Which register entity, if any, a supplement record describes. Conservative on purpose: a wrong merge hides a
 * facility, a missed one only shows it twice (and says so in both records' notes).
 *  1. By NKPD entity id: the record's nkpd_sharedId; else the one entity its coordinate origin names
 *     ("NKPD entity x geolocation"); else the one entity its sources name ("entity x", ".../entity/x").
 *  2. Else by a reviewed match (REVIEWED_MATCHES): a person compared the two records and wrote down why they are one
 *     facility, where the register gives no point to compare.
 *  3. Else by name and distance: the record's name or an alias equals (by nameKey) the name of exactly one located
 *     register entity that no record claimed by id, and the two points lie under MATCH_DISTANCE_M apart.
 */
import { distance } from '@turf/turf';
import type { Position } from 'geojson';
import type { Facility } from '../types';
import { nameKey } from './displayText';
import type { SupplementRecord } from './supplement';

export const MATCH_DISTANCE_M = 1000;

export type MatchBasis =
  | { by: 'entity-id'; via: 'nkpd_sharedId' | 'coord_origin' | 'sources' }
  | { by: 'reviewed'; reason: string }
  | { by: 'name-distance'; distanceM: number };

/** Supplement records reviewed by hand as the same facility as a register entity without coordinates. */
export const REVIEWED_MATCHES: Readonly<Record<string, { nkpdId: string; reason: string }>> = {
  'kyohwaso-4-kangdong': {
    nkpdId: '9ibqacs221c',
    reason:
      'the register\'s "Kangdong Re-education Camp" is one of the record\'s aliases, and the research report says NKPD ' +
      'lists it without geolocation and HRNK locates it',
  },
  'kyohwaso-22-oro': {
    nkpdId: 'wq03pl8wg5p',
    reason:
      'the research report says NKPD\'s "Oro Re-education Camp" has no geolocation and HRNK\'s map point for it is ' +
      'this record, Kyo-hwa-so No. 22, Oro',
  },
};

/** A register entity with the same name that was not merged (no location to compare, or too far). */
export interface NearMiss {
  nkpdId: string;
  name: string;
  distanceM: number | null;
}

export interface SupplementMatch {
  record: SupplementRecord;
  /** The register entity's NKPD id when matched. */
  nkpdId?: string;
  basis?: MatchBasis;
  nearMisses: NearMiss[];
  /** Why an id the record names was not used. */
  remarks: string[];
}

const ENTITY_IN_TEXT = /\bentity[ /]([a-z0-9]{8,14})\b/gi;

type IdMatch = Omit<SupplementMatch, 'nearMisses'>;
type SameName = { facility: Facility; distanceM: number | null };

function entityIdsIn(texts: readonly string[]): string[] {
  const ids = texts.flatMap((text) => [...text.matchAll(ENTITY_IN_TEXT)].map((match) => match[1] ?? ''));
  return [...new Set(ids)];
}

export function distanceMetres(from: Position, to: Position): number {
  return distance(from, to, { units: 'meters' });
}

function matchById(record: SupplementRecord, registered: ReadonlySet<string>): IdMatch {
  const remarks: string[] = [];
  const { nkpdSharedId } = record;
  if (nkpdSharedId && registered.has(nkpdSharedId)) {
    return { record, nkpdId: nkpdSharedId, basis: { by: 'entity-id', via: 'nkpd_sharedId' }, remarks };
  }
  if (nkpdSharedId) remarks.push(`Names NKPD entity ${nkpdSharedId}, which this register capture does not hold.`);
  const sourceTexts = record.sources.flatMap((source) => [source.url, source.title, source.quote ?? '']);
  const candidates = [
    { via: 'coord_origin', ids: entityIdsIn([record.coordOrigin ?? '']), what: 'coordinate origin names' },
    { via: 'sources', ids: entityIdsIn(sourceTexts), what: 'sources name' },
  ] as const;
  for (const { via, ids, what } of candidates) {
    const held = ids.filter((id) => registered.has(id));
    if (held.length === 1) return { record, nkpdId: held[0], basis: { by: 'entity-id', via }, remarks };
    if (held.length > 1) {
      remarks.push(`Its ${what} several NKPD entities (${held.join(', ')}); not merged by id.`);
      break;
    }
  }
  return { record, remarks };
}

function sameNameEntities(record: SupplementRecord, register: readonly Facility[]): SameName[] {
  const keys = new Set([record.nameEn, ...record.aliases].map(nameKey));
  return register
    .filter((facility) => keys.has(nameKey(facility.name.en)))
    .map((facility) => ({
      facility,
      distanceM: facility.location ? distanceMetres(record.location, facility.location) : null,
    }));
}

function matchByName(match: IdMatch, register: readonly Facility[], claimed: ReadonlySet<string>): SupplementMatch {
  const sameName = sameNameEntities(match.record, register);
  const close = sameName.filter(
    ({ facility, distanceM }) =>
      distanceM !== null && distanceM < MATCH_DISTANCE_M && !claimed.has(facility.nkpdId ?? ''),
  );
  const [only] = close;
  if (close.length === 1 && only && only.distanceM !== null) {
    const basis: MatchBasis = { by: 'name-distance', distanceM: only.distanceM };
    return { ...match, nkpdId: only.facility.nkpdId, basis, nearMisses: [] };
  }
  const nearMisses = sameName.map(({ facility, distanceM }) => ({
    nkpdId: facility.nkpdId ?? '',
    name: facility.name.en,
    distanceM,
  }));
  return { ...match, nearMisses };
}

/** Matches every record; `register` is the register's facilities (each with its nkpdId), in any order. */
export function matchSupplement(
  records: readonly SupplementRecord[],
  register: readonly Facility[],
): SupplementMatch[] {
  const registered = new Set(register.map((facility) => facility.nkpdId ?? ''));
  const byId = records.map((record) => matchById(record, registered));
  const claimed = new Set(byId.flatMap((match) => match.nkpdId ?? []));
  const reviewed = byId.map((match) => {
    const entry = REVIEWED_MATCHES[match.record.id];
    if (match.nkpdId || !entry || !registered.has(entry.nkpdId) || claimed.has(entry.nkpdId)) return match;
    claimed.add(entry.nkpdId);
    const basis: MatchBasis = { by: 'reviewed', reason: entry.reason };
    return { ...match, nkpdId: entry.nkpdId, basis };
  });
  return reviewed.map((match) => (match.nkpdId ? { ...match, nearMisses: [] } : matchByName(match, register, claimed)));
}
