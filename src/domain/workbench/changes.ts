/**
 * The one funnel every workbench edit goes through (DESIGN.md §3): a change is plain data, `applyChange` returns
 * the new work and the change that undoes it. Undo, redo and persistence all consume the same records.
 */
import type { PlanFeature, Source, Violation } from '../types';
import type { Diagram, FacilityWork } from './workTypes';

/** The record lists of a facility's work, each keyed by its records' `id`. */
export interface Collections {
  features: PlanFeature;
  violations: Violation;
  sources: Source;
  diagrams: Diagram;
}
export type CollectionName = keyof Collections;

/** Which record: its collection and id (what the workbench selects). */
export interface RecordRef {
  collection: CollectionName;
  id: string;
}

export type Change =
  | { [K in CollectionName]: { type: 'insert'; collection: K; record: Collections[K]; index?: number } }[CollectionName]
  | { [K in CollectionName]: { type: 'replace'; collection: K; record: Collections[K] } }[CollectionName]
  | { type: 'delete'; collection: CollectionName; id: string }
  /** Several changes as one step of undo (e.g. a room and the door cut into it). */
  | { type: 'batch'; label?: string; changes: Change[] };

export class ChangeError extends Error {}

export interface Applied {
  work: FacilityWork;
  inverse: Change;
}

function list<K extends CollectionName>(work: FacilityWork, collection: K): Collections[K][] {
  return work[collection] as Collections[K][];
}

function withList<K extends CollectionName>(work: FacilityWork, collection: K, records: Collections[K][], at: string): FacilityWork {
  return { ...work, [collection]: records, updatedAt: at };
}

/**
 * Applies one change to a facility's work without mutating it. Throws ChangeError when the change does not fit
 * the work (an id already taken, a record that is not there): the caller's edit was built on a stale view.
 */
export function applyChange(work: FacilityWork, change: Change, at: string): Applied {
  if (change.type === 'batch') {
    let current = work;
    const inverses: Change[] = [];
    for (const step of change.changes) {
      const applied = applyChange(current, step, at);
      current = applied.work;
      inverses.unshift(applied.inverse);
    }
    return { work: current, inverse: { type: 'batch', ...(change.label ? { label: change.label } : {}), changes: inverses } };
  }
  const records = list(work, change.collection);
  if (change.type === 'insert') {
    if (records.some((record) => record.id === change.record.id)) throw new ChangeError(`${change.collection}: "${change.record.id}" already exists`);
    const index = Math.max(0, Math.min(change.index ?? records.length, records.length));
    const next = [...records.slice(0, index), change.record, ...records.slice(index)];
    return { work: withList(work, change.collection, next as never, at), inverse: { type: 'delete', collection: change.collection, id: change.record.id } };
  }
  const id = change.type === 'delete' ? change.id : change.record.id;
  const index = records.findIndex((record) => record.id === id);
  const previous = records[index];
  if (previous === undefined) throw new ChangeError(`${change.collection}: "${id}" is not there`);
  if (change.type === 'delete') {
    const next = records.filter((_, position) => position !== index);
    return {
      work: withList(work, change.collection, next as never, at),
      inverse: { type: 'insert', collection: change.collection, record: previous, index } as Change,
    };
  }
  const next = records.map((record, position) => (position === index ? change.record : record));
  return {
    work: withList(work, change.collection, next as never, at),
    inverse: { type: 'replace', collection: change.collection, record: previous } as Change,
  };
}

/** An empty work for a facility that has none yet. */
export function emptyWork(facilityId: string, at: string): FacilityWork {
  return { facilityId, features: [], violations: [], sources: [], diagrams: [], updatedAt: at };
}
