/**
 * The facility a candidate row names may since have been merged into another by the register import (a
 * supplementary record folded into the register entity it duplicates). The surviving facility says so in its
 * notes ("Merged with supplementary record <id> …") or lists the old id among its aliases; the table below names
 * the merges we know of, for a register import that records them some other way.
 */

export const KNOWN_MERGES: Readonly<Record<string, string>> = {
  'kyohwaso-4-kangdong': 'nkpd-9ibqacs221c',
  'kyohwaso-22-oro': 'nkpd-wq03pl8wg5p',
};

export interface FacilityRecordIds {
  id: string;
  aliases?: readonly string[];
  notes?: readonly string[];
}

const MERGE_NOTE = /Merged with supplementary record (\S+?)[\s.,;)]/g;

/** Old id → surviving id, read from the facilities themselves. */
function mergesRecorded(facilities: readonly FacilityRecordIds[]): Map<string, string> {
  const merges = new Map<string, string>();
  for (const facility of facilities) {
    for (const note of facility.notes ?? []) {
      for (const match of note.matchAll(MERGE_NOTE)) if (match[1]) merges.set(match[1], facility.id);
    }
    // Aliases hold names as well as ids; only a single word can be an id.
    for (const alias of facility.aliases ?? []) if (/^\S+$/.test(alias)) merges.set(alias, facility.id);
  }
  return merges;
}

/**
 * A resolver from a candidate's facility id to the facility that holds it now: itself when present, else the
 * facility it was merged into (recorded, then known), else undefined.
 */
export function facilityIdResolver(facilities: readonly FacilityRecordIds[]): (id: string) => string | undefined {
  const present = new Set(facilities.map((facility) => facility.id));
  const recorded = mergesRecorded(facilities);
  return (id) => {
    if (present.has(id)) return id;
    const survivor = recorded.get(id) ?? KNOWN_MERGES[id];
    return survivor !== undefined && present.has(survivor) ? survivor : undefined;
  };
}
