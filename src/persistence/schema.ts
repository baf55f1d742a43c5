/**
 * The browser database's shape and its migrations (tldraw's rule: the version is stored with the data and every
 * step has a test). Names never change silently: renaming a store is a new step that copies the data over.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { StoredWork } from './workStorage';
import { StorageError } from './storageError';

export const DB_NAME = 'facility-atlas';
export const STORES = { works: 'works', images: 'images', meta: 'meta', interviews: 'interviews' } as const;

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
];

export const DB_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 1;

/** The steps that take a database from `oldVersion` to `newVersion`, in order. */
export function stepsBetween(steps: readonly MigrationStep[], oldVersion: number, newVersion: number): MigrationStep[] {
  return steps.filter((step) => step.version > oldVersion && step.version <= newVersion).sort((a, b) => a.version - b.version);
}

/** The shape of a stored work row; older rows are upgraded here when their shape changes. */
export const WORK_ROW_VERSION = 1;

export interface WorkRow extends StoredWork {
  schemaVersion: number;
}

export function toWorkRow(stored: StoredWork): WorkRow {
  return { schemaVersion: WORK_ROW_VERSION, work: stored.work, history: stored.history };
}

/** Reads a stored row back, refusing what this version of the app cannot read rather than guessing. */
export function migrateWorkRow(row: unknown): StoredWork {
  const candidate = row as Partial<WorkRow> | null;
  const version = candidate?.schemaVersion;
  if (typeof version !== 'number' || !candidate?.work || !candidate.history) {
    throw new StorageError('corrupt', 'A saved work has no version or no content; it was left untouched.');
  }
  if (version > WORK_ROW_VERSION) {
    throw new StorageError('corrupt', `This work was saved by a newer version of Facility Atlas (format ${version}); update the app to open it.`);
  }
  return { work: candidate.work, history: candidate.history };
}
