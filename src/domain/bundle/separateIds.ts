/**
 * Works stored before source and violation ids were device-unique numbered them per facility, so two facilities
 * can each hold a different `source-1` or `violation-1`. One sources.json and one violations.geojson hold every
 * facility of a bundle, where one id names one record: a later facility's differing record is given the
 * facility's id as a suffix (its references rewritten to match), so nothing is dropped, and the person exporting
 * is told. Sources equal in content under one id are one source cited by both facilities, and stay shared.
 */
import type { SourceRef } from '../types';
import type { FacilityWork } from '../workbench/workTypes';
import { canonical } from './canonical';

export interface SeparatedWorks {
  works: FacilityWork[];
  /** One line per record given a new id. */
  warnings: string[];
}

/** The works with no source or violation id naming two different records; the inputs are left as they are. */
export function separateClashingIds(works: readonly FacilityWork[]): SeparatedWorks {
  const taken = new Set(works.flatMap((work) => [...work.sources, ...work.violations].map((record) => record.id)));
  /** The facility that first held each id in the bundle. */
  const holder = new Map<string, string>();
  /** A source's id and content → its id in the bundle, so equal copies share one record. */
  const bundled = new Map<string, string>();
  const warnings: string[] = [];

  const freshId = (id: string, facilityId: string) => {
    let candidate = `${id}-${facilityId}`;
    for (let n = 2; taken.has(candidate); n += 1) candidate = `${id}-${facilityId}-${n}`;
    taken.add(candidate);
    return candidate;
  };
  /** The record's id in the bundle: its own while no earlier facility's record holds it. */
  const claim = (id: string, facilityId: string, kind: string) => {
    const first = holder.get(id);
    if (first === undefined) {
      holder.set(id, facilityId);
      return id;
    }
    const renamed = freshId(id, facilityId);
    warnings.push(`${kind} "${id}" of facility "${facilityId}" is a different record from "${id}" of facility "${first}"; the bundle holds it as "${renamed}".`);
    return renamed;
  };

  const separated = works.map((work): FacilityWork => {
    const renamedSources = new Map<string, string>();
    const sources = work.sources.map((source) => {
      const key = `${source.id}\n${canonical(source)}`;
      const id = bundled.get(key) ?? claim(source.id, work.facilityId, 'Source');
      bundled.set(key, id);
      if (id === source.id) return source;
      renamedSources.set(source.id, id);
      return { ...source, id };
    });
    const violations = work.violations.map((violation) => {
      const id = claim(violation.id, work.facilityId, 'Violation');
      return id === violation.id ? violation : { ...violation, id };
    });
    const refs = <T extends { sources: SourceRef[] }>(record: T): T =>
      record.sources.some((ref) => renamedSources.has(ref.sourceId))
        ? { ...record, sources: record.sources.map((ref) => ({ ...ref, sourceId: renamedSources.get(ref.sourceId) ?? ref.sourceId })) }
        : record;
    return {
      ...work,
      sources,
      features: work.features.map(refs),
      violations: violations.map(refs),
      diagrams: work.diagrams.map((diagram) => ({ ...diagram, sourceId: renamedSources.get(diagram.sourceId) ?? diagram.sourceId })),
    };
  });
  return { works: separated, warnings };
}
