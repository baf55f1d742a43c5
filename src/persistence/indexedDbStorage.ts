/**
 * The workbench's storage in IndexedDB (via idb). Each write is one transaction with strict durability (the
 * browser flushes it to disk before it completes), awaited until it commits: a resolved write survives a crash.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { NumberedEntry } from '../domain/workbench/changeLog';
import { DB_NAME, DB_VERSION, MIGRATIONS, stepsBetween, STORES, type MigrationStep } from './schema';
import { replayStored } from './storedLog';
import { StorageError, toStorageError } from './storageError';
import { migrateWorkRow, toWorkRow } from './workRows';
import { summarise, type SetAside, type StoredImage, type StoredLog, type StoredWork, type WorkStorage } from './workStorage';

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

/** The entries of one facility's log: keys [facilityId, seq] sort by facility, then seq. */
const entriesOf = (facilityId: string, after = 0) => IDBKeyRange.bound([facilityId, after + 1], [facilityId, Infinity]);
const DURABLE = { durability: 'strict' } as const;

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
      const transaction = database.transaction(store, 'readwrite', DURABLE);
      await transaction.store.put(value, key);
      await transaction.done;
    });
  const readLog = (facilityId: string) =>
    run(async (database): Promise<StoredLog | null> => {
      const transaction = database.transaction([STORES.works, STORES.changes], 'readonly');
      const row: unknown = await transaction.objectStore(STORES.works).get(facilityId);
      if (row === undefined) return null;
      const { work, history, seq, contractVersion } = migrateWorkRow(row);
      const entries = (await transaction.objectStore(STORES.changes).getAll(entriesOf(facilityId, seq))) as { seq: number; entry: unknown }[];
      return { base: { work, history }, seq, contractVersion, entries: entries.map(({ seq: at, entry }) => ({ seq: at, entry })) };
    });
  const loadWork = async (facilityId: string): Promise<StoredWork | null> => {
    const log = await readLog(facilityId);
    return log && replayStored(log).stored;
  };

  return {
    listWorks: () =>
      run(async (database) => {
        const ids = (await database.getAllKeys(STORES.works)) as string[];
        // A work that cannot be read is left out here; the recovery page names it.
        const works = await Promise.all(ids.map((facilityId) => loadWork(facilityId).catch(() => null)));
        return works.filter((stored): stored is StoredWork => stored !== null).map(summarise);
      }),
    loadWork,
    readLog,
    readRaw: (facilityId: string) =>
      run(async (database) => {
        const transaction = database.transaction([STORES.works, STORES.changes], 'readonly');
        const [row, entries] = await Promise.all([transaction.objectStore(STORES.works).get(facilityId), transaction.objectStore(STORES.changes).getAll(entriesOf(facilityId, -Infinity))]);
        return { row: row as unknown, entries: entries as unknown[] };
      }),
    appendEntries: (facilityId: string, entries: readonly NumberedEntry[], start: StoredWork) =>
      run(async (database) => {
        const transaction = database.transaction([STORES.works, STORES.changes], 'readwrite', DURABLE);
        const works = transaction.objectStore(STORES.works);
        const changes = transaction.objectStore(STORES.changes);
        const writes: Promise<unknown>[] = [];
        if ((await works.getKey(facilityId)) === undefined) writes.push(works.put(toWorkRow(start, 0)));
        for (const { seq, entry } of entries) writes.push(changes.put({ facilityId, seq, entry }));
        await Promise.all([...writes, transaction.done]);
      }),
    compact: (facilityId: string, base: StoredWork, seq: number, aside?: SetAside) =>
      run(async (database) => {
        const transaction = database.transaction([STORES.works, STORES.changes, STORES.setAside], 'readwrite', DURABLE);
        await Promise.all([
          transaction.objectStore(STORES.works).put(toWorkRow(base, seq)),
          // The caller compacts only when every entry it wrote is folded into `base`: what else is stored is an
          // unreadable tail, which `aside` holds.
          transaction.objectStore(STORES.changes).delete(entriesOf(facilityId, -Infinity)),
          ...(aside ? [transaction.objectStore(STORES.setAside).add(aside)] : []),
          transaction.done,
        ]);
      }),
    putImage: (key, image) => put(STORES.images, { bytes: image.bytes, mediaType: image.mediaType }, key),
    getImage: (key) => run(async (database) => ((await database.get(STORES.images, key)) as StoredImage | undefined) ?? null),
    getMeta: <T>(key: string) => run(async (database) => (await database.get(STORES.meta, key)) as T | undefined),
    setMeta: (key, value) => put(STORES.meta, value, key),
  };
}
