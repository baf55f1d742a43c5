/**
 * The evidence the map page shows, computed once per filter change at the top of the app: the violations' index
 * (built once per dataset) and what the violation filters leave among the facilities the facility filters leave.
 * The filters, the list, the map's rings and the cards share it.
 */
import { createContext, useContext, useMemo } from 'react';
import { countEvidence, facilityCount, type EvidenceCounts } from '../../domain/evidence/evidenceCounts';
import { isEmptyEvidence, type EvidenceFilter } from '../../domain/evidence/evidenceFilter';
import { evidenceIndexFor, type EvidenceIndex } from '../../domain/evidence/evidenceIndex';
import type { Facility, Violation } from '../../domain/types';
import { useSessionStore } from '../../store/sessionStore';

export interface EvidenceView {
  index: EvidenceIndex;
  filter: EvidenceFilter;
  counts: EvidenceCounts;
  /** Whether any violation filter is set (facilities then pass only with a violation that passes). */
  active: boolean;
  /** A facility's violations passing the filters. */
  countOf: (facilityId: string) => number;
  /** The facilities the facility filters left, narrowed by the violation filters when any is set. */
  shown: readonly Facility[];
}

export const EvidenceContext = createContext<EvidenceView | null>(null);

/** The evidence view; null until the dataset (its violations) is loaded. */
export function useEvidence(): EvidenceView | null {
  return useContext(EvidenceContext);
}

/**
 * Applies the session's violation filters to the facilities the facility filters left. Before the violations
 * are loaded, every such facility is shown.
 */
export function useEvidenceView(violations: readonly Violation[] | undefined, byFacilityFilter: readonly Facility[]): EvidenceView | null {
  const filter = useSessionStore((state) => state.evidence);
  return useMemo(() => {
    if (violations === undefined) return null;
    const index = evidenceIndexFor(violations);
    const counts = countEvidence(index, filter, byFacilityFilter.map((facility) => facility.id));
    const countOf = (facilityId: string) => facilityCount(index, counts, facilityId);
    const active = !isEmptyEvidence(filter);
    const shown = active ? byFacilityFilter.filter((facility) => countOf(facility.id) > 0) : byFacilityFilter;
    return { index, filter, counts, active, countOf, shown };
  }, [violations, byFacilityFilter, filter]);
}
