/**
 * Register entities that are not places of detention, by a reviewed table. NKPD files them under its penal facility
 * template ("Other related facilities"), so they stay, as linked places: labelled as what the register's name says
 * they are, and not counted as penal facilities.
 *
 * Reviewed: every entity of type "Other" in the 2026-10-01 capture, and every name. Kept as penal, because the
 * name is of a security, military or police unit that can hold people: the Border Security Command bases
 * (vgumx0lv9mk, n5ss7fh3q1f, 8zydiaq43el), the Military Security Command outpost (w7m99m5i5hf), the KPA regiment base
 * (n4ye6hbkr1p), the MSS Institute No.130 (aeasd4ymhxd), the rural construction unit facility (602r5aa9yqt), and
 * every office, prosecutor's office and night duty post (NKPD classes them as temporary detention facilities).
 */
import type { LinkedPlaceKind } from '../enums';
import type { Facility } from '../types';

export interface LinkedPlace {
  kind: LinkedPlaceKind;
  /** Why it is not a place of detention, from the register's own name for it. */
  reason: string;
}

export const LINKED_PLACES: Readonly<Record<string, LinkedPlace>> = {
  deh0lebdkom: { kind: 'hospital', reason: 'Musan County Hospital: a hospital.' },
  phy5oa1ry8: { kind: 'hospital', reason: 'Hyesan City Hospital: a hospital.' },
  '4m49ccrwd9l': { kind: 'workplace', reason: 'Orangchon Hydroelectric Power Plant: a power plant.' },
  '9hv9d5do305': { kind: 'orphanage', reason: 'Musan County Sambong Orphanage: an orphanage.' },
  mfxy75p3jh: { kind: 'lodging', reason: 'Onsong County Namyang Inn: an inn.' },
  r1y8a9cey6h: { kind: 'court', reason: 'Samjiyon County Court: a court.' },
  coffksdq4li: { kind: 'court', reason: 'Pochon County Court: a court.' },
  '4k4m06v72k6': { kind: 'other', reason: '109 Task Force (Sangmu) Office Storage in Hyesan: a storage place of an office.' },
};

/** The facility marked as a linked place when the table lists its NKPD entity, with a note saying why. */
export function withLinkedRole(facility: Facility): Facility {
  const linked = facility.nkpdId === undefined ? undefined : LINKED_PLACES[facility.nkpdId];
  if (!linked) return facility;
  const note = `Not a place of detention (${linked.reason}); NKPD files it with its penal facilities, so it is kept as a linked place.`;
  return { ...facility, role: 'linked', linkedKind: linked.kind, notes: [...(facility.notes ?? []), note] };
}
