import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { planViolation, PLAN_FACILITY_ID, rowPlan } from '../../tests/fixtures/syntheticPlan';
import { emptyWork } from '../domain/workbench/changes';
import { edit, EMPTY_HISTORY } from '../domain/workbench/history';
import type { FacilityWork } from '../domain/workbench/workTypes';
import { createIndexedDbStorage, openAtlasDb } from './indexedDbStorage';
import { DB_NAME, DB_VERSION, MIGRATIONS, STORES, type MigrationStep } from './schema';
import { StorageError, toStorageError } from './storageError';
import { WORK_ROW_VERSION } from './workRows';
import type { StoredWork, WorkStorage } from './workStorage';

const AT = '2026-11-22T10:00:00.000Z';

function storedWork(facilityId = PLAN_FACILITY_ID) {
  const plan = rowPlan({ facilityId });
  const work: FacilityWork = {
    ...emptyWork(facilityId, AT),
    sources: [{ id: 'SYNTHETIC-source', kind: 'testimony', title: 'SYNTHETIC interview', visibility: 'restricted' }],
    violations: [planViolation({ id: 'SYNTHETIC-v1', facilityId })],
    diagrams: [
      {
        id: 'SYNTHETIC-diagram',
        facilityId,
        sourceId: 'SYNTHETIC-source',
        name: 'SYNTHETIC sketch',
        imageKey: 'image:SYNTHETIC',
        mediaType: 'image/png',
        width: 400,
        height: 300,
        placement: { kind: 'corners', corners: [[129.99, 42.961], [129.991, 42.961], [129.991, 42.96], [129.99, 42.96]] },
        opacity: 0.6,
      },
    ],
  };
  return edit(work, EMPTY_HISTORY, { type: 'batch', changes: plan.features.map((record) => ({ type: 'insert' as const, collection: 'features' as const, record })) }, AT);
}

beforeEach(() => {
  // A fresh, empty browser database for every test.
  globalThis.indexedDB = new IDBFactory();
});

/** Stores a work as the workbench's store does when it compacts: the whole state at seq 0, an empty log. */
const store = (storage: WorkStorage, stored: StoredWork) => storage.compact(stored.work.facilityId, stored, 0);

describe('IndexedDB work storage', () => {
  it('saves and loads a work with every collection and its undo history', async () => {
    const stored = storedWork();
    await store(createIndexedDbStorage(), stored);
    expect(await createIndexedDbStorage().loadWork(PLAN_FACILITY_ID)).toEqual(stored);
  });

  it('appends log entries after the compacted state and replays them on loading', async () => {
    const storage = createIndexedDbStorage();
    const start = { work: emptyWork(PLAN_FACILITY_ID, AT), history: EMPTY_HISTORY };
    const [building] = rowPlan().features;
    await storage.appendEntries(PLAN_FACILITY_ID, [{ seq: 1, entry: { type: 'edit', change: { type: 'insert', collection: 'features', record: building! }, at: AT } }], start);
    await storage.appendEntries(PLAN_FACILITY_ID, [{ seq: 2, entry: { type: 'undo', at: AT } }, { seq: 3, entry: { type: 'redo', at: AT } }], start);
    const log = await storage.readLog(PLAN_FACILITY_ID);
    expect(log).toMatchObject({ seq: 0, base: start, entries: [{ seq: 1 }, { seq: 2 }, { seq: 3 }] });
    expect((await storage.loadWork(PLAN_FACILITY_ID))?.work.features).toEqual([building]);
  });

  it('resolves an append only after its transaction has committed', async () => {
    const storage = createIndexedDbStorage();
    // Opened first, so the only transaction seen below is the save's, not the schema upgrade's.
    await storage.listWorks();
    const events: string[] = [];
    const transaction = IDBDatabase.prototype.transaction;
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, ...args: Parameters<typeof transaction>) {
      const opened = transaction.apply(this, args);
      opened.addEventListener('complete', () => events.push(`committed ${opened.mode} ${[...opened.objectStoreNames].join()}`));
      return opened;
    });
    try {
      await storage.appendEntries(PLAN_FACILITY_ID, [{ seq: 1, entry: { type: 'undo', at: AT } }], storedWork());
      events.push('resolved');
    } finally {
      spy.mockRestore();
    }
    expect(events).toEqual(['committed readwrite changes,works', 'resolved']);
  });

  it('rejects an append when the transaction aborts after the browser accepted the write, and nothing is stored', async () => {
    const put = IDBObjectStore.prototype.put;
    // As when the disk fills at commit: the put succeeds, then the transaction is aborted.
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      const request = put.apply(this, args);
      request.addEventListener('success', () => this.transaction.abort());
      return request;
    });
    const storage = createIndexedDbStorage();
    try {
      await expect(storage.appendEntries(PLAN_FACILITY_ID, [{ seq: 1, entry: { type: 'undo', at: AT } }], storedWork())).rejects.toBeInstanceOf(StorageError);
    } finally {
      spy.mockRestore();
    }
    expect(await storage.loadWork(PLAN_FACILITY_ID)).toBeNull();
  });

  it('keeps several facilities in progress at once', async () => {
    const storage = createIndexedDbStorage();
    await store(storage, storedWork('SYNTHETIC-a'));
    await store(storage, storedWork('SYNTHETIC-b'));
    const summaries = await storage.listWorks();
    expect(summaries.map((summary) => summary.facilityId).sort()).toEqual(['SYNTHETIC-a', 'SYNTHETIC-b']);
    expect(summaries[0]).toMatchObject({ violations: 1, sources: 1, diagrams: 1 });
  });

  it('keeps diagram images byte for byte, and small settings', async () => {
    const storage = createIndexedDbStorage();
    const bytes = new Uint8Array([137, 80, 78, 71, 0, 255, 7]);
    await storage.putImage('image:SYNTHETIC', { bytes, mediaType: 'image/png' });
    expect(await storage.getImage('image:SYNTHETIC')).toEqual({ bytes, mediaType: 'image/png' });
    expect(await storage.getImage('image:none')).toBeNull();
    await storage.setMeta('lastFacility', 'SYNTHETIC-a');
    expect(await storage.getMeta('lastFacility')).toBe('SYNTHETIC-a');
  });

  it('refuses a work saved by a newer version, saying what to do, and leaves it stored', async () => {
    await openAtlasDb();
    const raw = await openDB(DB_NAME);
    await raw.put(STORES.works, { schemaVersion: 99, ...storedWork() });
    raw.close();
    const failure = await createIndexedDbStorage().loadWork(PLAN_FACILITY_ID).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageError);
    expect(failure).toMatchObject({ kind: 'newer', message: expect.stringContaining('newer version') });
    expect(((await (await openDB(DB_NAME)).get(STORES.works, PLAN_FACILITY_ID)) as { schemaVersion: number }).schemaVersion).toBe(99);
  });
});

describe('migrations', () => {
  const addStore: MigrationStep = { version: DB_VERSION + 1, describe: 'SYNTHETIC: a later store', upgrade: (db) => void db.createObjectStore('SYNTHETIC-interviews') };

  it('creates every store in a new database', async () => {
    const db = await openAtlasDb();
    expect([...db.objectStoreNames].sort()).toEqual(['changes', 'images', 'interviews', 'localRegister', 'meta', 'setAside', 'works']);
    db.close();
  });

  it('upgrades a version 1 database with works to the interview store of version 2, keeping the works', async () => {
    const stored = storedWork();
    const v1 = await openAtlasDb({ version: 1 });
    await v1.put(STORES.works, { schemaVersion: 1, ...stored });
    v1.close();
    const upgraded = await openAtlasDb();
    expect(upgraded.objectStoreNames.contains(STORES.interviews)).toBe(true);
    expect((await upgraded.get(STORES.works, PLAN_FACILITY_ID)).work).toEqual(stored.work);
    upgraded.close();
  });

  it("carries a work row in today's format (version 2 database, {work, history}) over to the change log, nothing lost", async () => {
    const stored = storedWork();
    const today = await openAtlasDb({ version: 2, steps: MIGRATIONS.slice(0, 2) });
    // Exactly what the workbench wrote before the change log: toWorkRow's {schemaVersion: 1, work, history}.
    await today.put(STORES.works, { schemaVersion: 1, work: stored.work, history: stored.history });
    today.close();
    const upgraded = await openAtlasDb();
    expect(await upgraded.get(STORES.works, PLAN_FACILITY_ID)).toEqual({ schemaVersion: WORK_ROW_VERSION, seq: 0, contractVersion: 1, ...stored });
    upgraded.close();
    const storage = createIndexedDbStorage();
    expect(await storage.readLog(PLAN_FACILITY_ID)).toMatchObject({ seq: 0, contractVersion: 1, entries: [] });
    expect(await storage.loadWork(PLAN_FACILITY_ID)).toEqual(stored);
  });

  it('leaves a row it cannot read as it is when upgrading, so it can still be exported raw', async () => {
    const today = await openAtlasDb({ version: 2, steps: MIGRATIONS.slice(0, 2) });
    await today.put(STORES.works, { work: { facilityId: 'SYNTHETIC-damaged' } });
    today.close();
    const upgraded = await openAtlasDb();
    expect(await upgraded.get(STORES.works, 'SYNTHETIC-damaged')).toEqual({ work: { facilityId: 'SYNTHETIC-damaged' } });
    upgraded.close();
  });

  it('adds the register of facilities imported on this device (version 4), keeping the works', async () => {
    const stored = storedWork();
    const v3 = await openAtlasDb({ version: 3, steps: MIGRATIONS.slice(0, 3) });
    await v3.put(STORES.works, { schemaVersion: WORK_ROW_VERSION, seq: 0, contractVersion: 2, ...stored });
    v3.close();
    const upgraded = await openAtlasDb();
    expect(upgraded.objectStoreNames.contains(STORES.localRegister)).toBe(true);
    expect((await upgraded.get(STORES.works, PLAN_FACILITY_ID)).work).toEqual(stored.work);
    upgraded.close();
  });

  it('upgrades a database with data by the next step, keeping the data', async () => {
    const storage = createIndexedDbStorage();
    const stored = storedWork();
    await store(storage, stored);
    (await openAtlasDb()).close();
    const upgraded = await openAtlasDb({ version: DB_VERSION + 1, steps: [...MIGRATIONS, addStore] });
    expect(upgraded.version).toBe(DB_VERSION + 1);
    expect(upgraded.objectStoreNames.contains('SYNTHETIC-interviews')).toBe(true);
    expect((await upgraded.get(STORES.works, PLAN_FACILITY_ID)).work).toEqual(stored.work);
    upgraded.close();
  });

  it('runs only the steps between the stored version and the new one', async () => {
    const ran: number[] = [];
    const steps = [...MIGRATIONS, addStore].map((step) => ({ ...step, upgrade: (...args: Parameters<MigrationStep['upgrade']>) => (ran.push(step.version), step.upgrade(...args)) }));
    (await openAtlasDb({ version: 1, steps: steps.slice(0, 1) })).close();
    (await openAtlasDb({ version: DB_VERSION + 1, steps })).close();
    expect(ran).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('storage errors', () => {
  it('names a full disk, a blocked browser and anything else in words a person can act on', () => {
    expect(toStorageError(new DOMException('full', 'QuotaExceededError'))).toMatchObject({ kind: 'quota', message: expect.stringContaining('Export your work') });
    expect(toStorageError(new DOMException('no', 'SecurityError')).kind).toBe('unavailable');
    expect(toStorageError(new Error('odd')).kind).toBe('unknown');
  });
});
