/**
 * The thin React layer over the workbench's headless store (workCore.ts): the workbench page creates one core per
 * open facility (useFacilityWork) and hands it to its components by context; they read narrow slices of its state
 * with useWorkStore(selector) and edit through useWorkCore().apply, never a module-level store.
 */
import { createContext, useContext, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { RecordRef } from '../domain/workbench/changes';
import type { FacilityWork } from '../domain/workbench/workTypes';
import type { FacilityLocks } from '../persistence/facilityLocks';
import type { WorkStorage } from '../persistence/workStorage';
import { createWorkCore, type WorkCore, type WorkCoreState } from './workCore';

export type { SaveState } from './workCore';
export type Selection = RecordRef;

export const WorkCoreContext = createContext<WorkCore | null>(null);

/** The open facility's store; only inside the workbench page, which provides it. */
export function useWorkCore(): WorkCore {
  const core = useContext(WorkCoreContext);
  if (!core) throw new Error('useWorkCore is used outside the workbench page');
  return core;
}

export function useWorkStore<T>(selector: (state: WorkCoreState) => T): T {
  return useStore(useWorkCore().store, selector);
}

/** A store for `facilityId` while the component shows it: closed (its edits written, its lock let go) when it goes. */
export function useFacilityWork(facilityId: string, storage: WorkStorage, locks: FacilityLocks): WorkCore | null {
  const [core, setCore] = useState<WorkCore | null>(null);
  useEffect(() => {
    const created = createWorkCore({ facilityId, storage, locks });
    setCore(created);
    return () => void created.close();
  }, [facilityId, storage, locks]);
  return core?.facilityId === facilityId ? core : null;
}

/** The record a selection points at, if it is still in the work. */
export function selectedRecord(work: FacilityWork | null, selection: Selection | null) {
  if (!work || !selection) return undefined;
  return (work[selection.collection] as { id: string }[]).find((record) => record.id === selection.id);
}
