/**
 * What in a set of works is restricted (DESIGN.md §6), by the public gate's own rules (src/domain/publish): a
 * source whose visibility is not exactly "public" (also "RESTRICTED", missing…), one flagged restricted, and every
 * interview source whatever it says; a violation not exactly public; a diagram whose source is not public or
 * unknown — a survivor's drawing is restricted until a public source says otherwise. A reference to a source the
 * works do not hold cannot be shown to be public, so it is withheld too (rule 2: a source not found = restricted).
 */
import { confidentialFlag, isPublicSource } from '../publish/sourceVisibility';
import type { Violation } from '../types';
import type { FacilityWork } from '../workbench/workTypes';
import type { RestrictedIds } from './bundleTypes';

/** Source ids restricted in any of the works: one restricted copy is enough to treat the id as restricted. */
export function restrictedSourceIds(works: readonly FacilityWork[]): Set<string> {
  return new Set(works.flatMap((work) => work.sources.filter((source) => !isPublicSource(source)).map((source) => source.id)));
}

/** Source ids the works hold that are public everywhere: the only ones a public export may cite. */
export function publicSourceIds(works: readonly FacilityWork[]): Set<string> {
  const restricted = restrictedSourceIds(works);
  return new Set(works.flatMap((work) => work.sources.map((source) => source.id)).filter((id) => !restricted.has(id)));
}

/** True for a violation a public export may hold: visibility exactly "public", no restricted flag. */
export function isPublicViolation(violation: Violation): boolean {
  return violation.visibility === 'public' && confidentialFlag(violation as unknown as Record<string, unknown>) === null;
}

/** The restricted records the works hold, each id once, in the order the works hold them. */
export function restrictedIds(works: readonly FacilityWork[]): RestrictedIds {
  const publicSources = publicSourceIds(works);
  const distinct = (ids: string[]) => [...new Set(ids)];
  return {
    sources: [...restrictedSourceIds(works)],
    violations: distinct(works.flatMap((work) => work.violations.filter((violation) => !isPublicViolation(violation)).map((violation) => violation.id))),
    diagrams: distinct(works.flatMap((work) => work.diagrams.filter((diagram) => !publicSources.has(diagram.sourceId)).map((diagram) => diagram.id))),
  };
}

/**
 * The work with every source and violation whose visibility is not exactly "public" ("RESTRICTED", "private", none…)
 * marked "restricted": an import keeps such a record, restricted, rather than refusing it for an unknown value
 * (rule 2 fails closed, rule 3 loses nothing).
 */
export function withVisibilityFailedClosed(work: FacilityWork): FacilityWork {
  const closed = <T extends { visibility: string }>(records: readonly T[]): T[] =>
    records.map((record) => (record.visibility === 'public' ? record : { ...record, visibility: 'restricted' }));
  return { ...work, sources: closed(work.sources), violations: closed(work.violations) };
}
