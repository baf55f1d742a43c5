/** The workbench's storage in IndexedDB (via idb). Each write is one transaction, awaited until it commits. */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, MIGRATIONS, migrateWorkRow, stepsBetween, STORES, toWorkRow, type MigrationStep } from './schema';
import { StorageError, toStorageError } from './storageError';
import { summarise, type StoredImage, type WorkStorage } from './workStorage';

export interface OpenOptions {
  name?: string;
  version?: number;
  steps?: readonly MigrationStep[];
}

/** Opens the database, running every migration step between the stored version and this one. */
export async function openAtlasDb(options: OpenOptions = {}): Promise<IDBPDatabase> {
  const { name = DB_NAME, version = DB_VERSION, steps = MIGRATIONS } = options;
  // Some private modes and embedded browsers have no IndexedDB at all.
  if (!globalThis.indexedDB) throw new StorageError('unavailable');
  try {
    const db = await openDB(name, version, {
      async upgrade(database, oldVersion, newVersion, transaction) {
        for (const step of stepsBetween(steps, oldVersion, newVersion ?? version)) await step.upgrade(database, transaction as never);
      },
      blocked: () => undefined,
    });
    // Another tab upgrading the schema must not be held up by this one: close, and say so on the next write.
    db.addEventListener('versionchange', () => db.close());
    return db;
  } catch (error) {
    throw toStorageError(error);
  }
}

export function createIndexedDbStorage(options: OpenOptions = {}): WorkStorage {
  let opening: Promise<IDBPDatabase> | null = null;
  const db = () => (opening ??= openAtlasDb(options).catch((error: unknown) => {
    opening = null;
    throw error;
  }));
  const run = async <T>(action: (database: IDBPDatabase) => Promise<T>): Promise<T> => {
    try {
      return await action(await db());
    } catch (error) {
      throw toStorageError(error);
    }
  };
  const put = (store: string, value: unknown, key?: string) =>
    run(async (database) => {
      const transaction = database.transaction(store, 'readwrite');
      await transaction.store.put(value, key);
      await transaction.done;
    });

  return {
    listWorks: () => run(async (database) => (await database.getAll(STORES.works)).map((row) => summarise(migrateWorkRow(row)))),
    loadWork: (facilityId) =>
      run(async (database) => {
        const row: unknown = await database.get(STORES.works, facilityId);
        return row === undefined ? null : migrateWorkRow(row);
      }),
    saveWork: (stored) => put(STORES.works, toWorkRow(stored)),
    deleteWork: (facilityId) =>
      run(async (database) => {
        const transaction = database.transaction(STORES.works, 'readwrite');
        await transaction.store.delete(facilityId);
        await transaction.done;
      }),
    putImage: (key, image) => put(STORES.images, { bytes: image.bytes, mediaType: image.mediaType }, key),
    getImage: (key) => run(async (database) => ((await database.get(STORES.images, key)) as StoredImage | undefined) ?? null),
    getMeta: <T>(key: string) => run(async (database) => (await database.get(STORES.meta, key)) as T | undefined),
    setMeta: (key, value) => put(STORES.meta, value, key),
  };
}
