/**
 * The stored records the app cannot use, found for the recovery page: works whose records do not fit their types
 * (or that cannot be read at all) and interview sessions of the wrong shape. Reading only; removing goes through
 * the workbench's store (works) or the interview storage (sessions), which set what they remove aside.
 */
import { sessionShapeProblems } from '../domain/interview/sessionShape';
import { brokenRecords } from '../domain/workbench/recordShape';
import { openAtlasDb } from './indexedDbStorage';
import { STORES } from './schema';
import { replayStored } from './storedLog';
import type { WorkStorage } from './workStorage';

export type BrokenItem = { kind: 'work'; facilityId: string; problems: string[] } | { kind: 'session'; id: string; problems: string[] };

async function brokenWork(storage: WorkStorage, facilityId: string): Promise<string[]> {
  try {
    const log = await storage.readLog(facilityId);
    if (!log) return [];
    return brokenRecords(replayStored(log).stored.work).map((record) => `${record.collection} "${record.id || `#${record.index + 1}`}": ${record.problems.join('; ')}`);
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}

export async function findBroken(storage: WorkStorage): Promise<BrokenItem[]> {
  const db = await openAtlasDb();
  const facilityIds = (await db.getAllKeys(STORES.works)).map(String);
  const sessions = await db.getAll(STORES.interviews);
  db.close();
  const items: BrokenItem[] = [];
  for (const facilityId of facilityIds) {
    const problems = await brokenWork(storage, facilityId);
    if (problems.length > 0) items.push({ kind: 'work', facilityId, problems });
  }
  sessions.forEach((session: unknown, index) => {
    const problems = sessionShapeProblems(session);
    const id = (session as { id?: unknown } | null)?.id;
    if (problems.length > 0) items.push({ kind: 'session', id: typeof id === 'string' ? id : `#${index + 1}`, problems });
  });
  return items;
}
