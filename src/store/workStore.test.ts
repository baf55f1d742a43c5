import { afterEach, describe, expect, it, vi } from 'vitest';
import { rowPlan } from '../../tests/fixtures/syntheticPlan';
import type { StoredWork, WorkStorage } from '../persistence/workStorage';
import { StorageError } from '../persistence/storageError';
import { useWorkStore } from './workStore';

/** A WorkStorage in memory whose writes can be made to fail, recording what was written. */
function memoryStorage(initial: StoredWork | null = null) {
  const written: StoredWork[] = [];
  let failWith: unknown = null;
  const storage: WorkStorage = {
    listWorks: async () => [],
    loadWork: async () => (initial ? structuredClone(initial) : null),
    saveWork: async (stored) => {
      if (failWith) throw failWith;
      written.push(structuredClone(stored));
    },
    deleteWork: async () => undefined,
    putImage: async () => undefined,
    getImage: async () => null,
    getMeta: async () => undefined,
    setMeta: async () => undefined,
  };
  return { storage, written, fail: (error: unknown) => (failWith = error) };
}

const [building, room] = rowPlan().features;
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  useWorkStore.setState({ work: null, storage: null });
  vi.unstubAllGlobals();
});

/** A page to close: whether a beforeunload event dispatched now would be cancelled (the browser then asks). */
function closablePage() {
  const page = new EventTarget();
  vi.stubGlobal('window', page);
  // Browsers let a beforeunload listener set returnValue; Node's Event only reads it.
  class BeforeUnload extends Event {
    override returnValue = true;
  }
  return { asksBeforeClosing: () => !page.dispatchEvent(new BeforeUnload('beforeunload', { cancelable: true })) };
}

describe('the workbench document store', () => {
  it('opens an empty work for a facility with none stored', async () => {
    const { storage } = memoryStorage();
    await useWorkStore.getState().open(storage, 'SYNTHETIC-facility');
    expect(useWorkStore.getState()).toMatchObject({ work: { facilityId: 'SYNTHETIC-facility', features: [] }, save: 'idle' });
  });

  it('writes every edit, undo and redo in order, saying "saved" only once the writes have committed', async () => {
    const { storage, written } = memoryStorage();
    await useWorkStore.getState().open(storage, 'SYNTHETIC-facility');
    const { apply, undo, redo } = useWorkStore.getState();
    apply({ type: 'insert', collection: 'features', record: building! });
    expect(useWorkStore.getState().save).toBe('saving');
    apply({ type: 'insert', collection: 'features', record: room! });
    undo();
    redo();
    await settled();
    expect(useWorkStore.getState().save).toBe('saved');
    expect(written.map((stored) => stored.work.features.length)).toEqual([1, 2, 1, 2]);
    expect(written.at(-1)?.history.past).toHaveLength(2);
  });

  it('shows a failed write with what to do, keeps the edit on screen, and saves again on retry', async () => {
    const { storage, written, fail } = memoryStorage();
    await useWorkStore.getState().open(storage, 'SYNTHETIC-facility');
    fail(new DOMException('full', 'QuotaExceededError'));
    useWorkStore.getState().apply({ type: 'insert', collection: 'features', record: building! });
    await settled();
    expect(useWorkStore.getState()).toMatchObject({ save: 'failed', storageError: { kind: 'quota' } });
    expect(useWorkStore.getState().work?.features).toHaveLength(1);
    fail(null);
    useWorkStore.getState().retrySave();
    await settled();
    expect(useWorkStore.getState().save).toBe('saved');
    expect(written.at(-1)?.work.features).toHaveLength(1);
  });

  it('refuses to edit a work it could not read, rather than overwrite it', async () => {
    const { storage } = memoryStorage();
    storage.loadWork = async () => {
      throw new StorageError('corrupt', 'SYNTHETIC');
    };
    await useWorkStore.getState().open(storage, 'SYNTHETIC-facility');
    expect(useWorkStore.getState()).toMatchObject({ work: null, save: 'failed', storageError: { kind: 'corrupt' } });
  });

  it('reports an edit built on a stale view and leaves the work as it was', async () => {
    const { storage } = memoryStorage();
    await useWorkStore.getState().open(storage, 'SYNTHETIC-facility');
    useWorkStore.getState().apply({ type: 'delete', collection: 'features', id: 'SYNTHETIC-missing' });
    expect(useWorkStore.getState().editError).toContain('SYNTHETIC-missing');
    expect(useWorkStore.getState().history.past).toHaveLength(0);
  });

  it('asks the browser once to keep this site\'s storage, and opens the work all the same when it refuses', async () => {
    const persist = vi.fn(async () => {
      throw new DOMException('SYNTHETIC refusal', 'NotAllowedError');
    });
    vi.stubGlobal('navigator', { storage: { persist } });
    const { storage } = memoryStorage();
    await useWorkStore.getState().open(storage, 'SYNTHETIC-facility');
    await useWorkStore.getState().open(storage, 'SYNTHETIC-other-facility');
    expect(persist).toHaveBeenCalledTimes(1);
    expect(useWorkStore.getState()).toMatchObject({ work: { facilityId: 'SYNTHETIC-other-facility' }, storageError: null });
  });

  it('asks before the tab closes while a save is in flight, and no longer once it has committed', async () => {
    const page = closablePage();
    const { storage } = memoryStorage();
    let commit: () => void = () => undefined;
    const save = storage.saveWork;
    storage.saveWork = (stored) => new Promise<void>((resolve) => void (commit = () => resolve(save(stored))));
    await useWorkStore.getState().open(storage, 'SYNTHETIC-facility');
    expect(page.asksBeforeClosing()).toBe(false);
    useWorkStore.getState().apply({ type: 'insert', collection: 'features', record: building! });
    await settled();
    expect(page.asksBeforeClosing()).toBe(true);
    commit();
    await settled();
    expect(useWorkStore.getState().save).toBe('saved');
    expect(page.asksBeforeClosing()).toBe(false);
  });

  it('keeps asking before the tab closes after a failed save, until a retry has saved the work', async () => {
    const page = closablePage();
    const { storage, fail } = memoryStorage();
    await useWorkStore.getState().open(storage, 'SYNTHETIC-facility');
    fail(new DOMException('full', 'QuotaExceededError'));
    useWorkStore.getState().apply({ type: 'insert', collection: 'features', record: building! });
    await settled();
    expect(useWorkStore.getState().save).toBe('failed');
    expect(page.asksBeforeClosing()).toBe(true);
    fail(null);
    useWorkStore.getState().retrySave();
    await settled();
    expect(page.asksBeforeClosing()).toBe(false);
  });
});
