/**
 * The public subset of a set of works: restricted sources and violations dropped, every diagram without a public
 * source dropped, so no restricted id or testimony text reaches a bundle that may be published. A record's
 * references to restricted sources give way to one reference to a public placeholder (WITHHELD_SOURCE): a room
 * corroborated by interviews keeps its confidence and still loads (the contract wants sources unless
 * illustrative), and readers learn that evidence exists without learning what or whose it is.
 */
import type { Source, SourceRef } from '../types';
import type { FacilityWork } from '../workbench/workTypes';
import type { StrippedCounts } from './bundleTypes';
import { publicSourceIds, restrictedSourceIds } from './restricted';

/** Cited, in a public export, in place of restricted sources; no locator or quote, which could identify them. */
export const WITHHELD_SOURCE: Readonly<Source> = Object.freeze({
  id: 'withheld-sources',
  kind: 'report',
  title: 'Sources withheld to protect witnesses (held by the investigating team)',
  visibility: 'public',
});

export interface PublicSubset {
  works: FacilityWork[];
  stripped: StrippedCounts;
  /** What the person exporting should know about the records that now cite the placeholder. */
  warnings: string[];
}

/** The works as a public export holds them; the inputs are left as they are. */
export function publicSubset(works: readonly FacilityWork[]): PublicSubset {
  const restricted = restrictedSourceIds(works);
  const publicSources = publicSourceIds(works);
  const stripped = { sources: restricted.size, violations: 0, diagrams: 0, sourceRefs: 0, withheldRecords: 0 } satisfies StrippedCounts;

  const subset = works.map((work): FacilityWork => {
    let cites = false;
    // Returns the record unchanged when none of its references go, so untouched records stay the same objects.
    const withheld = <T extends { sources: SourceRef[] }>(record: T): T => {
      const kept = record.sources.filter((ref) => !restricted.has(ref.sourceId));
      if (kept.length === record.sources.length) return record;
      stripped.sourceRefs += record.sources.length - kept.length;
      stripped.withheldRecords += 1;
      cites = true;
      const citesAlready = kept.some((ref) => ref.sourceId === WITHHELD_SOURCE.id);
      return { ...record, sources: citesAlready ? kept : [...kept, { sourceId: WITHHELD_SOURCE.id }] };
    };
    const violations = work.violations.filter((violation) => violation.visibility !== 'restricted');
    const diagrams = work.diagrams.filter((diagram) => publicSources.has(diagram.sourceId));
    stripped.violations += work.violations.length - violations.length;
    stripped.diagrams += work.diagrams.length - diagrams.length;
    const features = work.features.map(withheld);
    const publicViolations = violations.map(withheld);
    const sources = work.sources.filter((source) => !restricted.has(source.id));
    // A work imported from an earlier public bundle may hold the placeholder already.
    const adds = cites && !sources.some((source) => source.id === WITHHELD_SOURCE.id);
    return { ...work, features, violations: publicViolations, sources: adds ? [...sources, { ...WITHHELD_SOURCE }] : sources, diagrams };
  });
  const warnings =
    stripped.withheldRecords > 0
      ? [`${stripped.withheldRecords} record(s) cite restricted sources; the public export cites "${WITHHELD_SOURCE.id}" in their place ("${WITHHELD_SOURCE.title}").`]
      : [];
  return { works: subset, stripped, warnings };
}
