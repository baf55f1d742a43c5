/**
 * The public subset of a set of works: restricted sources and violations dropped, every diagram without a public
 * source dropped, and every source reference to a dropped source removed, so no restricted id or testimony text
 * reaches a bundle that may be published.
 */
import type { PlanFeature, SourceRef, Violation } from '../types';
import type { FacilityWork } from '../workbench/workTypes';
import type { StrippedCounts } from './bundleTypes';
import { publicSourceIds, restrictedSourceIds } from './restricted';

export interface PublicSubset {
  works: FacilityWork[];
  stripped: StrippedCounts;
  /** Records left without any source, named for the person exporting. */
  warnings: string[];
}

/** The works as a public export holds them; the inputs are left as they are. */
export function publicSubset(works: readonly FacilityWork[]): PublicSubset {
  const restricted = restrictedSourceIds(works);
  const publicSources = publicSourceIds(works);
  const stripped: StrippedCounts = { sources: restricted.size, violations: 0, diagrams: 0, sourceRefs: 0 };
  const warnings: string[] = [];

  // Returns the record unchanged when none of its references go, so untouched records stay the same objects.
  const withoutRestrictedRefs = <T extends { id: string; sources: SourceRef[] }>(record: T, label: string): T => {
    const kept = record.sources.filter((ref) => !restricted.has(ref.sourceId));
    if (kept.length === record.sources.length) return record;
    stripped.sourceRefs += record.sources.length - kept.length;
    if (kept.length === 0) warnings.push(`${label} "${record.id}" rests only on restricted sources; the public export leaves it without sources.`);
    return { ...record, sources: kept };
  };

  const subset = works.map((work): FacilityWork => {
    const violations = work.violations.filter((violation) => violation.visibility !== 'restricted');
    const diagrams = work.diagrams.filter((diagram) => publicSources.has(diagram.sourceId));
    stripped.violations += work.violations.length - violations.length;
    stripped.diagrams += work.diagrams.length - diagrams.length;
    return {
      ...work,
      features: work.features.map((feature: PlanFeature) => withoutRestrictedRefs(feature, featureLabel(feature))),
      violations: violations.map((violation: Violation) => withoutRestrictedRefs(violation, 'Violation')),
      sources: work.sources.filter((source) => !restricted.has(source.id)),
      diagrams,
    };
  });
  return { works: subset, stripped, warnings };
}

function featureLabel(feature: PlanFeature): string {
  return `${feature.kind.charAt(0).toUpperCase()}${feature.kind.slice(1)}`;
}
