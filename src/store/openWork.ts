/**
 * Opening a facility's work from its change log: the compacted state and the entries replayed on it. A tail of
 * entries that cannot be read (a write cut short) is set aside at once, so new entries never land on it; a work
 * whose records do not fit their types, or that cannot be read at all, opens as broken, not editable.
 */
import { emptyWork } from '../domain/workbench/changes';
import { EMPTY_HISTORY } from '../domain/workbench/history';
import { brokenRecords } from '../domain/workbench/recordShape';
import { replayStored } from '../persistence/storedLog';
import { toStorageError } from '../persistence/storageError';
import type { StoredWork, WorkStorage } from '../persistence/workStorage';
import type { WorkCoreState } from './workCore';

export interface OpenedWork {
  state: Partial<WorkCoreState>;
  /** The compacted state the log starts from, and its seq. */
  start?: { stored: StoredWork; seq: number };
}

const broken = (unreadable: string): OpenedWork => ({ state: { status: 'broken', broken: { records: [], unreadable } } });

export async function openWork(facilityId: string, storage: WorkStorage, at: string): Promise<OpenedWork> {
  let log;
  try {
    log = await storage.readLog(facilityId);
  } catch (error) {
    const failure = toStorageError(error);
    // Without its stored work the facility must not be edited: a save would build on what could not be read.
    return failure.kind === 'corrupt' ? broken(failure.message) : { state: { status: 'failed', save: 'failed', storageError: failure } };
  }
  if (!log) {
    const stored = { work: emptyWork(facilityId, at), history: EMPTY_HISTORY };
    return { state: { status: 'ready', ...stored, save: 'idle' }, start: { stored, seq: 0 } };
  }
  let replayed;
  try {
    replayed = replayStored(log);
  } catch (error) {
    return broken(error instanceof Error ? error.message : String(error));
  }
  const { stored, seq, unreadable, migrated } = replayed;
  const state: Partial<WorkCoreState> = { ...stored, editSeq: seq, savedSeq: seq, setAside: unreadable.length, save: 'saved' };
  const records = brokenRecords(stored.work);
  if (records.length > 0) return { state: { ...state, status: 'broken', broken: { records } } };
  if (unreadable.length === 0 && !migrated) return { state: { ...state, status: 'ready' }, start: { stored: log.base, seq: log.seq } };
  try {
    const aside = unreadable.length > 0 ? { facilityId, at, reason: 'Log entries that could not be read or applied (a write cut short).', content: unreadable } : undefined;
    await storage.compact(facilityId, stored, seq, aside);
  } catch (error) {
    return { state: { status: 'failed', save: 'failed', storageError: toStorageError(error) } };
  }
  return { state: { ...state, status: 'ready' }, start: { stored, seq } };
}
