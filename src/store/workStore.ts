/**
 * The workbench's document store: the facility's work and its undo history. Every edit goes through `apply`
 * (the one funnel), is shown at once and written to storage in order; `save` says "saved" only after the last
 * write has committed, and a failed write is kept on screen with what to do, never swallowed. Until then,
 * closing the tab asks first; opening a work asks the browser to keep this site's storage.
 */
import { create } from 'zustand';
import { ChangeError, emptyWork, type Change, type CollectionName } from '../domain/workbench/changes';
import { edit, EMPTY_HISTORY, redo, undo, type Edited, type History } from '../domain/workbench/history';
import type { FacilityWork } from '../domain/workbench/workTypes';
import { guardUnload, requestPersistentStorage } from '../persistence/durability';
import { StorageError, toStorageError } from '../persistence/storageError';
import type { WorkStorage } from '../persistence/workStorage';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export interface Selection {
  collection: CollectionName;
  id: string;
}

interface WorkState {
  storage: WorkStorage | null;
  work: FacilityWork | null;
  history: History;
  save: SaveState;
  storageError: StorageError | null;
  /** A change the work refused (built on a stale view); shown, and the work is left as it was. */
  editError: string | null;
  selection: Selection | null;
  /** Opens a facility's work from storage (or starts it empty), making it the one being edited. */
  open: (storage: WorkStorage, facilityId: string) => Promise<void>;
  apply: (change: Change, options?: { coalesce?: string; select?: Selection | null }) => void;
  undo: () => void;
  redo: () => void;
  select: (selection: Selection | null) => void;
  /** Writes the current state again, e.g. after the user freed space following a failure. */
  retrySave: () => void;
}

const now = () => new Date().toISOString();
let queue: Promise<void> = Promise.resolve();
let pending = 0;

export const useWorkStore = create<WorkState>()((set, get) => {
  /** Queues a write of the current work and history; writes commit in the order the edits were made. */
  const persist = () => {
    const { storage, work, history } = get();
    if (!storage || !work) return;
    const stored = { work, history };
    pending += 1;
    set({ save: 'saving' });
    guardUnload(true);
    queue = queue
      .then(() => storage.saveWork(stored))
      .then(
        () => {
          pending -= 1;
          // Each write holds the whole work, so a later success also makes up for an earlier failure.
          if (pending === 0) {
            set({ save: 'saved', storageError: null });
            guardUnload(false);
          }
        },
        // The guard stays after a failure: what is on screen is not stored, and closing would lose it.
        (error: unknown) => {
          pending -= 1;
          set({ save: 'failed', storageError: toStorageError(error) });
        },
      );
  };

  const commit = (edited: Edited | null, selection?: Selection | null) => {
    if (!edited) return;
    set({ work: edited.work, history: edited.history, editError: null, ...(selection === undefined ? {} : { selection }) });
    persist();
  };

  const guarded = (step: () => Edited | null, selection?: Selection | null) => {
    try {
      commit(step(), selection);
    } catch (error) {
      if (!(error instanceof ChangeError)) throw error;
      set({ editError: error.message });
    }
  };

  return {
    storage: null,
    work: null,
    history: EMPTY_HISTORY,
    save: 'idle',
    storageError: null,
    editError: null,
    selection: null,
    open: async (storage, facilityId) => {
      set({ storage, work: null, history: EMPTY_HISTORY, selection: null, save: 'idle', storageError: null, editError: null });
      void requestPersistentStorage();
      // A failed write of the work being left behind no longer stands for anything on screen.
      if (pending === 0) guardUnload(false);
      try {
        const stored = await storage.loadWork(facilityId);
        set({ work: stored?.work ?? emptyWork(facilityId, now()), history: stored?.history ?? EMPTY_HISTORY, save: stored ? 'saved' : 'idle' });
      } catch (error) {
        // Without its stored work the facility must not be edited: a save would overwrite what could not be read.
        set({ storageError: toStorageError(error), save: 'failed' });
      }
    },
    apply: (change, options = {}) => {
      const { work, history } = get();
      if (work) guarded(() => edit(work, history, change, now(), options.coalesce), options.select);
    },
    undo: () => {
      const { work, history } = get();
      if (work) guarded(() => undo(work, history, now()));
    },
    redo: () => {
      const { work, history } = get();
      if (work) guarded(() => redo(work, history, now()));
    },
    select: (selection) => set({ selection }),
    retrySave: () => {
      set({ storageError: null });
      persist();
    },
  };
});

/** The record a selection points at, if it is still in the work. */
export function selectedRecord(work: FacilityWork | null, selection: Selection | null) {
  if (!work || !selection) return undefined;
  return (work[selection.collection] as { id: string }[]).find((record) => record.id === selection.id);
}
