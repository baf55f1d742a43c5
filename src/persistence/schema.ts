/**
 * The browser database's shape and its migrations (tldraw's rule: the version is stored with the data and every
 * step has a test). Names never change silently: renaming a store is a new step that copies the data over.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { migrateWorkRow } from './workRows';

export const DB_NAME = 'facility-atlas';
export const STORES = { works: 'works', images: 'images', meta: 'meta', interviews: 'interviews', changes: 'changes', setAside: 'setAside', localRegister: 'localRegister' } as const;

export type AtlasTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

export interface MigrationStep {
  /** The database version this step upgrades to. */
  version: number;
  describe: string;
  upgrade: (db: IDBPDatabase, transaction: AtlasTransaction) => void | Promise<void>;
}

export const MIGRATIONS: readonly MigrationStep[] = [
  {
    version: 1,
    describe: 'works by facility id, diagram images by key, small settings',
    upgrade: (db) => {
      db.createObjectStore(STORES.works, { keyPath: 'work.facilityId' });
      db.createObjectStore(STORES.images);
      db.createObjectStore(STORES.meta);
    },
  },
  {
    version: 2,
    describe: 'interview sessions by session id (restricted: they leave the browser only by an explicit export)',
    upgrade: (db) => {
      db.createObjectStore(STORES.interviews, { keyPath: 'id' });
    },
  },
  {
    version: 3,
    describe: 'the change log: entries by [facility id, seq] after each work\'s compacted state; what could not be read, set aside',
    upgrade: async (db, transaction) => {
      db.createObjectStore(STORES.changes, { keyPath: ['facilityId', 'seq'] });
      db.createObjectStore(STORES.setAside, { autoIncrement: true });
      // Each work row of format 1 ({work, history}) becomes a compacted state at seq 0 with an empty log.
      let cursor = await transaction.objectStore(STORES.works).openCursor();
      while (cursor) {
        const migrated = tryMigrate(cursor.value);
        // A row that cannot be read is left as it is: the workbench reports it, and it can be exported raw.
        if (migrated) await cursor.update(migrated);
        cursor = await cursor.continue();
      }
    },
  },
  {
    version: 4,
    describe: 'the facilities imported on this device: one document and the one before it (undo), by name',
    upgrade: (db) => {
      db.createObjectStore(STORES.localRegister);
    },
  },
];

function tryMigrate(row: unknown) {
  try {
    return migrateWorkRow(row);
  } catch {
    return null;
  }
}

export const DB_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 1;

/** The steps that take a database from `oldVersion` to `newVersion`, in order. */
export function stepsBetween(steps: readonly MigrationStep[], oldVersion: number, newVersion: number): MigrationStep[] {
  return steps.filter((step) => step.version > oldVersion && step.version <= newVersion).sort((a, b) => a.version - b.version);
}
