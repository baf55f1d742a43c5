/**
 * What the facility and violation filters leave, computed once per change and shared by whoever asks first: the
 * map, as a filter is clicked (so its data leaves for maplibre's worker before React renders the list), and
 * React's render right after, which gets the same objects. Each step keeps its last answer only.
 */
import { countEvidence, facilityCount } from '../../domain/evidence/evidenceCounts';
import { isEmptyEvidence, type EvidenceFilter } from '../../domain/evidence/evidenceFilter';
import { evidenceIndexFor } from '../../domain/evidence/evidenceIndex';
import { filterFacilities, type FacilityFilter } from '../../domain/facilityFilter';
import { lastAnswer } from '../../domain/lastAnswer';
import type { Facility, Violation } from '../../domain/types';
import type { EvidenceView } from './evidenceContext';

/** The facilities the facility filters leave. */
export const facilitiesPassing = lastAnswer((facilities: readonly Facility[], filter: FacilityFilter): readonly Facility[] => filterFacilities(facilities, filter));

/**
 * The session's violation filters applied to the facilities the facility filters left; null until the violations
 * are loaded (every such facility is then shown).
 */
export const evidenceViewOf = lastAnswer(
  (violations: readonly Violation[] | undefined, byFacilityFilter: readonly Facility[], filter: EvidenceFilter): EvidenceView | null => {
    if (violations === undefined) return null;
    const index = evidenceIndexFor(violations);
    const counts = countEvidence(index, filter, byFacilityFilter.map((facility) => facility.id));
    const countOf = (facilityId: string) => facilityCount(index, counts, facilityId);
    const active = !isEmptyEvidence(filter);
    const shown = active ? byFacilityFilter.filter((facility) => countOf(facility.id) > 0) : byFacilityFilter;
    return { index, filter, counts, active, countOf, shown };
  },
);
