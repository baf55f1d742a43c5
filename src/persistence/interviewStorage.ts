/**
 * Interview sessions in IndexedDB. They are restricted evidence: kept in this browser and leaving it only by an
 * explicit export. Each save resolves after its transaction committed, so the next room is shown only once the
 * answer is safe.
 */
import type { InterviewSession } from '../domain/interview/sessionTypes';
import { databaseRunner } from './databaseRunner';
import { openAtlasDb } from './indexedDbStorage';
import { STORES } from './schema';

export interface InterviewStorage {
  listSessions(): Promise<InterviewSession[]>;
  loadSession(id: string): Promise<InterviewSession | null>;
  saveSession(session: InterviewSession): Promise<void>;
  /** Moves a session the app cannot use out of the list, keeping it apart (never deleted: it is evidence). */
  setAsideSession(id: string, reason: string, at: string): Promise<void>;
}

export function createInterviewStorage(): InterviewStorage {
  const run = databaseRunner(openAtlasDb);
  return {
    listSessions: () => run(async (db) => ((await db.getAll(STORES.interviews)) as InterviewSession[]).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))),
    loadSession: (id) => run(async (db) => ((await db.get(STORES.interviews, id)) as InterviewSession | undefined) ?? null),
    saveSession: (session) =>
      run(async (db) => {
        // Flushed to disk before the next room is shown: an answer seen as saved survives a crash of the machine too.
        const transaction = db.transaction(STORES.interviews, 'readwrite', { durability: 'strict' });
        await transaction.store.put(session);
        await transaction.done;
      }),
    setAsideSession: (id, reason, at) =>
      run(async (db) => {
        const transaction = db.transaction([STORES.interviews, STORES.setAside], 'readwrite', { durability: 'strict' });
        const content: unknown = await transaction.objectStore(STORES.interviews).get(id);
        await Promise.all([transaction.objectStore(STORES.setAside).add({ sessionId: id, at, reason, content }), transaction.objectStore(STORES.interviews).delete(id), transaction.done]);
      }),
  };
}
