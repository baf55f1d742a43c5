/**
 * What a public export keeps: restricted sources, restricted violations and every diagram whose source is not
 * public are dropped, and so are the references to dropped sources. A record left citing nothing is named in a
 * warning, so the investigator knows the public files will show it as unsourced.
 */
import type { SourceRef } from '../types';
import type { FacilityWork } from '../workbench/workTypes';
import type { StrippedCounts } from './bundleTypes';

export interface PublicSubset {
  works: FacilityWork[];
  stripped: StrippedCounts;
  warnings: string[];
}

export function publicSubset(works: readonly FacilityWork[]): PublicSubset {
  const stripped: StrippedCounts = { sources: 0, violations: 0, diagrams: 0, sourceRefs: 0 };
  const warnings: string[] = [];
  const kept = works.map((work) => {
    const publicIds = new Set(work.sources.filter((source) => source.visibility === 'public').map((source) => source.id));
    const restrictedIds = new Set(work.sources.filter((source) => source.visibility !== 'public').map((source) => source.id));
    const keepRefs = (refs: SourceRef[], label: string) => {
      const left = refs.filter((ref) => !restrictedIds.has(ref.sourceId));
      stripped.sourceRefs += refs.length - left.length;
      if (refs.length > 0 && left.length === 0) warnings.push(`${label} rests only on restricted sources; the public export leaves it without sources.`);
      return left;
    };
    const violations = work.violations.filter((violation) => violation.visibility === 'public');
    const diagrams = work.diagrams.filter((diagram) => publicIds.has(diagram.sourceId));
    stripped.sources += restrictedIds.size;
    stripped.violations += work.violations.length - violations.length;
    stripped.diagrams += work.diagrams.length - diagrams.length;
    return {
      ...work,
      sources: work.sources.filter((source) => source.visibility === 'public'),
      features: work.features.map((feature) => ({ ...feature, sources: keepRefs(feature.sources, `${feature.kind[0]?.toUpperCase()}${feature.kind.slice(1)} "${feature.id}"`) })),
      violations: violations.map((violation) => ({ ...violation, sources: keepRefs(violation.sources, `Violation "${violation.id}"`) })),
      diagrams,
    };
  });
  return { works: kept, stripped, warnings };
}
