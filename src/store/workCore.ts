/**
 * The workbench's document store for one facility, headless (zustand/vanilla, no React): created when a facility
 * is opened, with its storage and locks injected, it holds the facility's lock, reads the work from its change
 * log, and owns apply / undo / redo (the one funnel) and the ordered save queue. Every edit is shown at once and
 * appended to the log in order; `save` says "saved" only when every edit made has committed durably. A record
 * that does not fit its type is refused before it is stored, and a stored one found broken stops the work from
 * opening until it is set aside (see removeBroken). src/store/workStore.ts is the thin React layer over it.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { applyEntry, type LogEntry } from '../domain/workbench/changeLog';
import { ChangeError, type Change, type RecordRef } from '../domain/workbench/changes';
import { EMPTY_HISTORY, type Edited, type History } from '../domain/workbench/history';
import type { BrokenRecord } from '../domain/workbench/recordShape';
import type { FacilityWork } from '../domain/workbench/workTypes';
import { guardUnload, requestPersistentStorage } from '../persistence/durability';
import type { FacilityLocks } from '../persistence/facilityLocks';
import { StorageError, toStorageError } from '../persistence/storageError';
import type { StoredImage, WorkStorage } from '../persistence/workStorage';
import { changeRefusal } from './changeRefusal';
import { createLogWriter } from './logWriter';
import { openWork } from './openWork';
import { repairedWork } from './repairWork';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';
export type LockState = 'waiting' | 'held' | 'elsewhere';
/** waiting: for the lock; broken: a stored record cannot be used (removeBroken); failed: storage could not be read. */
export type WorkStatus = 'waiting' | 'loading' | 'ready' | 'broken' | 'failed' | 'closed';

export interface BrokenWork {
  records: BrokenRecord[];
  /** Set when the stored work as a whole could not be read: removing it starts the facility afresh. */
  unreadable?: string;
}

export interface WorkCoreState {
  facilityId: string;
  lock: LockState;
  status: WorkStatus;
  work: FacilityWork | null;
  history: History;
  save: SaveState;
  /** The seq of the last edit made and of the last one stored durably: edits after `savedSeq` are not yet safe. */
  editSeq: number;
  savedSeq: number;
  storageError: StorageError | null;
  /** A change refused (built on a stale view, or a record that does not fit its type); the work is left as it was. */
  editError: string | null;
  selection: RecordRef | null;
  broken: BrokenWork | null;
  /** Entries that could not be read when the work was opened (a write cut short); kept apart, never applied. */
  setAside: number;
}

export interface WorkCoreOptions {
  facilityId: string;
  storage: WorkStorage;
  locks: FacilityLocks;
  /** Wait for another tab to let the facility go (the workbench page), or give up at once (an import). */
  wait?: boolean;
  now?: () => string;
}

export interface WorkCore {
  readonly facilityId: string;
  readonly storage: WorkStorage;
  readonly locks: FacilityLocks;
  store: StoreApi<WorkCoreState>;
  /** Resolves once the work is open (ready, broken or failed), or another tab has it and this core does not wait. */
  opened: () => Promise<void>;
  apply: (change: Change, options?: { coalesce?: string; select?: RecordRef | null }) => boolean;
  undo: () => void;
  redo: () => void;
  select: (selection: RecordRef | null) => void;
  retrySave: () => void;
  /** Stores an image under this facility's lock; resolves once it has committed. */
  putImage: (key: string, image: StoredImage) => Promise<void>;
  /** Sets the broken records (or the unreadable work) aside and opens what remains; its undo history starts afresh. */
  removeBroken: () => Promise<void>;
  /** Resolves when every edit made so far has been written (or a write failed). */
  settled: () => Promise<void>;
  /** Writes what is waiting, then lets the facility go. */
  close: () => Promise<void>;
}

export function createWorkCore({ facilityId, storage, locks, wait = true, now = () => new Date().toISOString() }: WorkCoreOptions): WorkCore {
  const store = createStore<WorkCoreState>()(() => ({
    facilityId,
    lock: 'waiting',
    status: 'waiting',
    work: null,
    history: EMPTY_HISTORY,
    save: 'idle',
    editSeq: 0,
    savedSeq: 0,
    storageError: null,
    editError: null,
    selection: null,
    broken: null,
    setAside: 0,
  }));
  const { getState: get, setState: set } = store;
  const owner = {};
  const writer = createLogWriter({
    facilityId,
    storage,
    snapshot: () => ({ stored: { work: get().work as FacilityWork, history: get().history }, seq: get().editSeq }),
    onSaved: (seq) => set({ savedSeq: seq }),
    // The guard stays after a failure: what is on screen is not stored, and closing would lose it.
    onFailed: (error) => set({ save: 'failed', storageError: toStorageError(error) }),
    onIdle: () => {
      set({ save: 'saved', storageError: null });
      guardUnload(false, owner);
    },
  });

  const load = async () => {
    set({ status: 'loading' });
    void requestPersistentStorage();
    const result = await openWork(facilityId, storage, now());
    // Closed while reading (the page moved on): nothing to show.
    if (get().status === 'closed') return;
    set(result.state);
    if (result.start) writer.setStart(result.start.stored, result.start.seq);
  };

  const editable = () => {
    const { status, lock, work, history } = get();
    return status === 'ready' && lock === 'held' && work ? { work, history } : null;
  };

  const record = (entry: LogEntry, selection?: RecordRef | null) => {
    const current = editable();
    if (!current) return false;
    let next: Edited | null;
    try {
      next = applyEntry(current, entry);
    } catch (error) {
      if (!(error instanceof ChangeError)) throw error;
      set({ editError: error.message });
      return false;
    }
    if (!next) return false;
    const seq = get().editSeq + 1;
    set({ work: next.work, history: next.history, editSeq: seq, editError: null, save: 'saving', ...(selection === undefined ? {} : { selection }) });
    guardUnload(true, owner);
    writer.push({ seq, entry });
    return true;
  };

  let resolveOpened = () => {};
  const opened = new Promise<void>((resolve) => (resolveOpened = resolve));
  const release = locks.hold(facilityId, { wait }, {
    held: () => {
      set({ lock: 'held' });
      void load().then(resolveOpened);
    },
    elsewhere: () => {
      set({ lock: 'elsewhere' });
      if (!wait) resolveOpened();
    },
  });

  return {
    facilityId,
    storage,
    locks,
    store,
    opened: () => opened,
    apply: (change, options = {}) => {
      const current = editable();
      const refusal = current && changeRefusal(change, current.work.facilityId);
      if (refusal) {
        set({ editError: refusal });
        return false;
      }
      return record({ type: 'edit', change, at: now(), ...(options.coalesce === undefined ? {} : { coalesce: options.coalesce }) }, options.select);
    },
    undo: () => void record({ type: 'undo', at: now() }),
    redo: () => void record({ type: 'redo', at: now() }),
    select: (selection) => set({ selection }),
    retrySave: () => {
      set({ storageError: null, save: writer.waiting() > 0 ? 'saving' : get().save });
      writer.retry();
    },
    putImage: async (key, image) => {
      if (get().lock !== 'held') throw new StorageError('blocked', 'This facility is open in another tab.');
      await storage.putImage(key, image);
    },
    removeBroken: async () => {
      const { status, lock, broken, work, history, editSeq } = get();
      if (status !== 'broken' || lock !== 'held' || !broken) return;
      const repaired = await repairedWork({ facilityId, storage, broken, stored: work && { work, history }, at: now() });
      await storage.compact(facilityId, repaired.stored, editSeq, repaired.aside);
      writer.setStart(repaired.stored, editSeq);
      set({ status: 'ready', broken: null, work: repaired.stored.work, history: repaired.stored.history, save: 'saved', savedSeq: editSeq, storageError: null });
    },
    settled: () => writer.settled(),
    close: async () => {
      await writer.settled();
      guardUnload(false, owner);
      release();
      set({ status: 'closed', lock: 'waiting' });
    },
  };
}
