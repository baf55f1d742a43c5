/**
 * What "remove the broken record" leaves: the work without the records that do not fit their types (or, when
 * the stored work could not be read at all, an empty one), and what was taken out, set aside in storage rather
 * than deleted. The undo history starts afresh: its steps may bring the broken records back.
 */
import { emptyWork, type CollectionName } from '../domain/workbench/changes';
import { EMPTY_HISTORY } from '../domain/workbench/history';
import type { FacilityWork } from '../domain/workbench/workTypes';
import type { SetAside, StoredWork, WorkStorage } from '../persistence/workStorage';
import type { BrokenWork } from './workCore';

interface Repair {
  facilityId: string;
  storage: WorkStorage;
  broken: BrokenWork;
  stored: StoredWork | null;
  at: string;
}

export async function repairedWork({ facilityId, storage, broken, stored, at }: Repair): Promise<{ stored: StoredWork; aside: SetAside }> {
  if (broken.unreadable !== undefined || !stored) {
    const content = await storage.readRaw(facilityId);
    return { stored: { work: emptyWork(facilityId, at), history: EMPTY_HISTORY }, aside: { facilityId, at, reason: `The saved work could not be read: ${broken.unreadable ?? ''}`, content } };
  }
  const work = { ...stored.work, updatedAt: at } as FacilityWork;
  const removed: { collection: CollectionName; index: number; problems: string[]; record: unknown }[] = [];
  for (const item of broken.records) {
    const records: unknown = stored.work[item.collection];
    removed.push({ collection: item.collection, index: item.index, problems: item.problems, record: Array.isArray(records) && item.index >= 0 ? records[item.index] : records });
  }
  for (const collection of new Set(broken.records.map((item) => item.collection))) {
    const records: unknown = stored.work[collection];
    const drop = new Set(broken.records.filter((item) => item.collection === collection).map((item) => item.index));
    (work as unknown as Record<string, unknown[]>)[collection] = Array.isArray(records) && !drop.has(-1) ? records.filter((_, index) => !drop.has(index)) : [];
  }
  return { stored: { work, history: EMPTY_HISTORY }, aside: { facilityId, at, reason: 'Records that did not fit their types, removed from the work.', content: removed } };
}
