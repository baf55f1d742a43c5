/**
 * What in a set of works is restricted (DESIGN.md §6): sources and violations marked `visibility: restricted`,
 * and diagrams whose source is restricted or unknown — a survivor's drawing is restricted until a public
 * source says otherwise.
 */
import type { FacilityWork } from '../workbench/workTypes';
import type { RestrictedIds } from './bundleTypes';

/** Source ids marked restricted in any of the works: one restricted copy is enough to treat the id as restricted. */
export function restrictedSourceIds(works: readonly FacilityWork[]): Set<string> {
  return new Set(works.flatMap((work) => work.sources.filter((source) => source.visibility === 'restricted').map((source) => source.id)));
}

/** Source ids the works hold that are not restricted anywhere. */
export function publicSourceIds(works: readonly FacilityWork[]): Set<string> {
  const restricted = restrictedSourceIds(works);
  return new Set(works.flatMap((work) => work.sources.map((source) => source.id)).filter((id) => !restricted.has(id)));
}

/** The restricted records the works hold, each id once, in the order the works hold them. */
export function restrictedIds(works: readonly FacilityWork[]): RestrictedIds {
  const publicSources = publicSourceIds(works);
  const distinct = (ids: string[]) => [...new Set(ids)];
  return {
    sources: [...restrictedSourceIds(works)],
    violations: distinct(works.flatMap((work) => work.violations.filter((violation) => violation.visibility === 'restricted').map((violation) => violation.id))),
    diagrams: distinct(works.flatMap((work) => work.diagrams.filter((diagram) => !publicSources.has(diagram.sourceId)).map((diagram) => diagram.id))),
  };
}
