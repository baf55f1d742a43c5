/**
 * The one owner of the facilities imported on this device (zustand/vanilla, its storage injected so tests make a
 * fresh one each): it opens the stored register, applies a previewed facilities import — stored first, shown once
 * stored — and undoes the last import in one step. A stored row it cannot read is never overwritten.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApplyChoices } from '../domain/formats/import/applyImport';
import type { ImportPreview } from '../domain/formats/import/importPreview';
import type { ImportResult } from '../domain/formats/import/runImport';
import { applyToRegister, EMPTY_REGISTER, LOCAL_REGISTER_FORMAT, type LocalRegister, type RegisterApplied } from '../domain/localRegister/localRegister';
import type { Dataset } from '../domain/types';
import { createRegisterStorage, type RegisterStorage, type StoredRegister } from '../persistence/registerStorage';

export interface LocalRegisterState {
  status: 'closed' | 'opening' | 'ready' | 'failed';
  register: LocalRegister;
  /** The import Undo takes back (its file's name), if any. */
  undoFile: string | null;
  /** Why the register could not be opened or stored. */
  error: Error | null;
}

export interface LocalRegisterCore {
  store: StoreApi<LocalRegisterState>;
  open(): Promise<void>;
  /** Stores the import, then shows it; throws (nothing changed) when the register is not open or storage fails. */
  apply(bundled: Dataset, result: ImportResult, preview: ImportPreview, choices: ApplyChoices): Promise<RegisterApplied['applied']>;
  /** Brings back the register as it was before the last import; false when there is nothing to undo. */
  undo(): Promise<boolean>;
}

/** A refusal the page words in the reader's language (by `reason`); the message is for logs and tests. */
export class LocalRegisterError extends Error {
  constructor(readonly reason: 'unreadable' | 'notOpen') {
    super(reason === 'unreadable' ? 'The facilities imported on this device are stored in a form this version cannot read; they were left as they are.' : 'The register of this device is not open yet.');
    this.name = 'LocalRegisterError';
  }
}

function readable(stored: unknown): stored is StoredRegister {
  const register = (stored as StoredRegister | null)?.register;
  return register !== undefined && register !== null && register.format === LOCAL_REGISTER_FORMAT && Array.isArray(register.facilities) && Array.isArray(register.sources);
}

export function createLocalRegister(storage: RegisterStorage): LocalRegisterCore {
  const store = createStore<LocalRegisterState>()(() => ({ status: 'closed', register: EMPTY_REGISTER, undoFile: null, error: null }));
  let undo: StoredRegister['undo'] = null;
  const write = async (change: (stored: StoredRegister) => StoredRegister) => {
    const stored = await storage.update((held) => {
      if (held !== null && !readable(held)) throw new LocalRegisterError('unreadable');
      return change(held ?? { register: EMPTY_REGISTER, undo: null });
    });
    undo = stored.undo;
    store.setState({ register: stored.register, undoFile: stored.undo?.fileName ?? null, error: null });
  };
  return {
    store,
    async open() {
      if (store.getState().status !== 'closed') return;
      store.setState({ status: 'opening' });
      try {
        const stored = await storage.load();
        if (stored !== null && !readable(stored)) {
          store.setState({ status: 'failed', error: new LocalRegisterError('unreadable') });
          return;
        }
        undo = stored?.undo ?? null;
        store.setState({ status: 'ready', register: stored?.register ?? EMPTY_REGISTER, undoFile: undo?.fileName ?? null });
      } catch (error) {
        store.setState({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
      }
    },
    async apply(bundled, result, preview, choices) {
      const { status, error } = store.getState();
      if (status !== 'ready') throw error ?? new LocalRegisterError('notOpen');
      let applied: RegisterApplied['applied'] = { added: [], changed: [], replaced: [], kept: [] };
      // Built on the stored register, which another tab may have changed since this one read it.
      await write(({ register }) => {
        const outcome = applyToRegister(register, bundled, result, preview, choices);
        applied = outcome.applied;
        return { register: outcome.register, undo: { register, fileName: result.fileName } };
      });
      return applied;
    },
    async undo() {
      if (store.getState().status !== 'ready' || !undo) return false;
      await write((stored) => ({ register: stored.undo?.register ?? stored.register, undo: null }));
      return true;
    },
  };
}

/** The page's register, over IndexedDB. */
export const localRegister = createLocalRegister(createRegisterStorage());
