/**
 * Merging an imported work into local work without losing either: records only in the bundle are added, equal
 * ones are left alone, and a record that differs is a conflict — the local version stays until the user takes
 * the bundle's. The result is one change for the edit funnel, so an import can be undone like any edit.
 */
import type { Change, CollectionName, Collections } from '../workbench/changes';
import type { FacilityWork } from '../workbench/workTypes';
import { canonical } from './canonical';

const COLLECTIONS: CollectionName[] = ['sources', 'features', 'violations', 'diagrams'];

export interface Conflict<K extends CollectionName = CollectionName> {
  collection: K;
  id: string;
  local: Collections[K];
  incoming: Collections[K];
}

export interface MergePlan {
  change: Change | null;
  added: { collection: CollectionName; id: string }[];
  unchanged: { collection: CollectionName; id: string }[];
  conflicts: Conflict[];
}

/**
 * What makes two records with one id the same record. A diagram's imageKey only says where a device keeps the
 * image (an import gets a fresh one) and a diagram's image never changes once loaded, so it is left out.
 */
function content(record: Collections[CollectionName]): string {
  if (!('imageKey' in record)) return canonical(record);
  const { imageKey: _where, ...diagram } = record;
  return canonical(diagram);
}

/**
 * Plans the merge of `incoming` into `local` (null when the facility has no local work yet): the change adds the
 * records only the bundle holds; records only local work holds are never touched; conflicts wait for the user.
 */
export function mergeWork(local: FacilityWork | null, incoming: FacilityWork): MergePlan {
  const plan: MergePlan = { change: null, added: [], unchanged: [], conflicts: [] };
  const inserts: Change[] = [];
  for (const collection of COLLECTIONS) {
    const mine = new Map((local?.[collection] ?? []).map((record) => [record.id, record]));
    for (const record of incoming[collection]) {
      const existing = mine.get(record.id);
      if (!existing) {
        inserts.push({ type: 'insert', collection, record } as Change);
        plan.added.push({ collection, id: record.id });
      } else if (content(existing) === content(record)) {
        plan.unchanged.push({ collection, id: record.id });
      } else {
        plan.conflicts.push({ collection, id: record.id, local: existing, incoming: record } as Conflict);
      }
    }
  }
  if (inserts.length > 0) plan.change = { type: 'batch', label: 'Import bundle', changes: inserts };
  return plan;
}

/** The change a user's choice on a conflict makes: none to keep the local record, a replace to take the bundle's. */
export function resolveConflict(conflict: Conflict, choice: 'keep_local' | 'take_incoming'): Change | null {
  return choice === 'keep_local' ? null : ({ type: 'replace', collection: conflict.collection, record: conflict.incoming } as Change);
}
