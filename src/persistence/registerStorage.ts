/**
 * The register of facilities imported on this device, in IndexedDB: one row holding the document and the one it
 * replaced (so the last import is undone in one step, after a reload too). Each write resolves after its
 * transaction committed with strict durability: an import said to be applied is on disk.
 */
import type { IDBPDatabase } from 'idb';
import type { LocalRegister } from '../domain/localRegister/localRegister';
import { databaseRunner } from './databaseRunner';
import { openAtlasDb } from './indexedDbStorage';
import { STORES } from './schema';

export interface StoredRegister {
  register: LocalRegister;
  /** The document before the last import, and that import's file: what Undo brings back. */
  undo: { register: LocalRegister; fileName: string } | null;
}

export interface RegisterStorage {
  load(): Promise<StoredRegister | null>;
  /**
   * Reads the row and writes what `change` makes of it in one transaction, so an import applied in another tab
   * meanwhile is built on, never overwritten; `change` throws to write nothing.
   */
  update(change: (stored: StoredRegister | null) => StoredRegister): Promise<StoredRegister>;
}

const KEY = 'facilities';

export function createRegisterStorage(open: () => Promise<IDBPDatabase> = () => openAtlasDb()): RegisterStorage {
  const run = databaseRunner(open);
  return {
    load: () => run(async (db) => ((await db.get(STORES.localRegister, KEY)) as StoredRegister | undefined) ?? null),
    update: (change) =>
      run(async (db) => {
        const transaction = db.transaction(STORES.localRegister, 'readwrite', { durability: 'strict' });
        let next: StoredRegister;
        try {
          next = change(((await transaction.store.get(KEY)) as StoredRegister | undefined) ?? null);
        } catch (error) {
          transaction.abort();
          await transaction.done.catch(() => undefined);
          throw error;
        }
        await transaction.store.put(next, KEY);
        await transaction.done;
        return next;
      }),
  };
}
