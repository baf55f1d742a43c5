/**
 * An edit to a facility's work that is not open in this tab (an import into several facilities): it goes through
 * a store of its own for that facility, which takes the facility's lock (refusing, not waiting, when another tab
 * has it), appends to its log like any edit (so undo reverses it once the facility is opened) and lets go.
 */
import type { FacilityLocks } from '../persistence/facilityLocks';
import type { WorkStorage } from '../persistence/workStorage';
import { createWorkCore, type WorkCore, type WorkStatus } from './workCore';

export type ClosedWorkRefusal = 'elsewhere' | WorkStatus;

export async function editClosedWork(facilityId: string, storage: WorkStorage, locks: FacilityLocks, edit: (core: WorkCore) => Promise<string | null>): Promise<{ refused: ClosedWorkRefusal | null; detail: string | null }> {
  const core = createWorkCore({ facilityId, storage, locks, wait: false });
  try {
    await core.opened();
    const { lock, status } = core.store.getState();
    if (lock !== 'held') return { refused: 'elsewhere', detail: null };
    if (status !== 'ready') return { refused: status, detail: core.store.getState().storageError?.message ?? null };
    const detail = await edit(core);
    return { refused: detail === null ? null : 'failed', detail };
  } finally {
    await core.close();
  }
}

/**
 * Sets a facility's broken records aside through its store (waiting for the facility's lock: the page that broke
 * lets it go as it closes). Resolves with null once done, or what stopped it.
 */
export async function repairStoredWork(facilityId: string, storage: WorkStorage, locks: FacilityLocks): Promise<string | null> {
  const core = createWorkCore({ facilityId, storage, locks, wait: true });
  try {
    await core.opened();
    const { status, storageError } = core.store.getState();
    if (status === 'broken') await core.removeBroken();
    return status === 'broken' || status === 'ready' ? null : (storageError?.message ?? status);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await core.close();
  }
}
