/** The violations the evidence filters leave — the same test the map's counts and rings use — in data order. */
import { compileEvidenceFilter, evidencePasses, PASSES } from './evidenceCounts';
import type { EvidenceFilter } from './evidenceFilter';
import { UNKNOWN_DECADE, type EvidenceIndex } from './evidenceIndex';
import type { Violation } from '../types';

/** Those of the facilities `allowedFacilities` (ids) that pass every part of `filter`. */
export function passingViolations(index: EvidenceIndex, filter: EvidenceFilter, allowedFacilities: ReadonlySet<string>): Violation[] {
  const compiled = compileEvidenceFilter(filter);
  const passing: Violation[] = [];
  index.violations.forEach((violation, position) => {
    if (!allowedFacilities.has(violation.facilityId)) return;
    const passed = evidencePasses(index.category[position] ?? 0, index.rights[position] ?? 0, index.perpetrators[position] ?? 0, index.decade[position] ?? UNKNOWN_DECADE, compiled);
    if (passed === PASSES.all) passing.push(violation);
  });
  return passing;
}
