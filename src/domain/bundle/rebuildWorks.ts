/**
 * A bundle's records → one FacilityWork per facility. sources.json is shared by every facility of a
 * bundle, so each work gets the sources its own records and diagrams cite; a source nobody cites (added before
 * its first use) goes to every work rather than being lost, and merging an equal copy twice changes nothing.
 */
import type { Dataset, Source } from '../types';
import type { Diagram, FacilityWork } from '../workbench/workTypes';

/** `facilityIds` come first, in their order (the manifest's); facilities only the records name follow. */
export function rebuildWorks(facilityIds: readonly string[], dataset: Pick<Dataset, 'plans' | 'violations' | 'sources'>, diagrams: readonly Diagram[], updatedAt: string): FacilityWork[] {
  const ids = new Set([
    ...facilityIds,
    ...dataset.plans.map((plan) => plan.facilityId),
    ...dataset.violations.map((violation) => violation.facilityId),
    ...diagrams.map((diagram) => diagram.facilityId),
  ]);
  const works = [...ids].map((facilityId) => ({
    facilityId,
    features: dataset.plans.find((plan) => plan.facilityId === facilityId)?.features ?? [],
    violations: dataset.violations.filter((violation) => violation.facilityId === facilityId),
    diagrams: diagrams.filter((diagram) => diagram.facilityId === facilityId),
    updatedAt,
  }));
  const citedBy = works.map(citedSourceIds);
  const citedByAny = new Set(citedBy.flatMap((cited) => [...cited]));
  return works.map((work, index): FacilityWork => ({
    ...work,
    sources: dataset.sources.filter((source: Source) => citedBy[index]?.has(source.id) || !citedByAny.has(source.id)),
  }));
}

function citedSourceIds(work: Omit<FacilityWork, 'sources'>): Set<string> {
  return new Set([
    ...[...work.features, ...work.violations].flatMap((record) => record.sources.map((ref) => ref.sourceId)),
    ...work.diagrams.map((diagram) => diagram.sourceId),
  ]);
}
