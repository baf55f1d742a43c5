/**
 * The evidence the map page shows, computed once per filter change at the top of the app: the violations' index
 * (built once per dataset) and what the violation filters leave among the facilities the facility filters leave.
 * The filters, the list, the map's rings and the cards share it.
 */
import { createContext, useContext } from 'react';
import type { EvidenceCounts } from '../../domain/evidence/evidenceCounts';
import type { EvidenceFilter } from '../../domain/evidence/evidenceFilter';
import type { EvidenceIndex } from '../../domain/evidence/evidenceIndex';
import type { Facility } from '../../domain/types';

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
