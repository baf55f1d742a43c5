/** Runs storage actions on the app's database, opened on first use. */
import type { IDBPDatabase } from 'idb';
import { toStorageError } from './storageError';

/**
 * Each action gets the opened database; any failure, opening included, is thrown as a StorageError a person can act
 * on, and the next action opens the database again (a tab that was blocked or lost it recovers without a reload).
 */
export function databaseRunner(open: () => Promise<IDBPDatabase>): <T>(action: (db: IDBPDatabase) => Promise<T>) => Promise<T> {
  let opening: Promise<IDBPDatabase> | null = null;
  return async (action) => {
    try {
      opening ??= open();
      return await action(await opening);
    } catch (error) {
      opening = null;
      throw toStorageError(error);
    }
  };
}
