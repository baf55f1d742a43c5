import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHarness, settled, SYNTHETIC_FACILITY } from '../../tests/fixtures/testWorkCore';
import { rowPlan } from '../../tests/fixtures/syntheticPlan';
import { StorageError } from '../persistence/storageError';

const [building, room] = rowPlan({ facilityId: SYNTHETIC_FACILITY }).features;
const insert = (record = building!) => ({ type: 'insert' as const, collection: 'features' as const, record });
let harness: ReturnType<typeof createHarness>;

beforeEach(() => {
  harness = createHarness();
});

afterEach(async () => {
  await harness.dispose();
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

describe('the workbench store of one facility', () => {
  it('opens an empty work for a facility with none stored', async () => {
    const core = await harness.open();
    expect(core.store.getState()).toMatchObject({ lock: 'held', status: 'ready', work: { facilityId: SYNTHETIC_FACILITY, features: [] }, save: 'idle' });
  });

  it('appends every edit, undo and redo to the log in order, saying "saved" only once they have committed', async () => {
    const core = await harness.open();
    core.apply(insert());
    expect(core.store.getState()).toMatchObject({ save: 'saving', editSeq: 1, savedSeq: 0 });
    core.apply(insert(room));
    core.undo();
    core.redo();
    await core.settled();
    expect(core.store.getState()).toMatchObject({ save: 'saved', editSeq: 4, savedSeq: 4 });
    const log = await harness.storage.readLog(SYNTHETIC_FACILITY);
    expect(log?.entries.map(({ seq, entry }) => [seq, (entry as { type: string }).type])).toEqual([[1, 'edit'], [2, 'edit'], [3, 'undo'], [4, 'redo']]);
  });

  it('says "saved" only after the write has committed, not when it was handed to storage', async () => {
    const core = await harness.open();
    harness.hold();
    core.apply(insert());
    await settled();
    expect(core.store.getState()).toMatchObject({ save: 'saving', savedSeq: 0 });
    expect(await harness.storage.readLog(SYNTHETIC_FACILITY)).toBeNull();
    harness.release();
    await core.settled();
    expect(core.store.getState()).toMatchObject({ save: 'saved', savedSeq: 1 });
  });

  it('writes a burst of edits made during one write together, in order, in the next', async () => {
    const core = await harness.open();
    harness.hold();
    core.apply(insert());
    for (const letter of 'SYNTHETIC name typed fast') core.apply({ type: 'replace', collection: 'features', record: { ...building!, name: { en: letter } } }, { coalesce: 'name' });
    harness.release();
    await core.settled();
    expect(harness.appends).toEqual([1, 25]);
    expect(core.store.getState().history.past).toHaveLength(2);
  });

  it('shows a failed write with what to do, keeps the edit on screen, and saves again on retry', async () => {
    const core = await harness.open();
    harness.fail(new DOMException('full', 'QuotaExceededError'));
    core.apply(insert());
    await core.settled();
    expect(core.store.getState()).toMatchObject({ save: 'failed', storageError: { kind: 'quota' }, savedSeq: 0 });
    expect(core.store.getState().work?.features).toHaveLength(1);
    harness.fail(null);
    core.retrySave();
    await core.settled();
    expect(core.store.getState()).toMatchObject({ save: 'saved', savedSeq: 1 });
    expect((await harness.storage.loadWork(SYNTHETIC_FACILITY))?.work.features).toHaveLength(1);
  });

  it('refuses to edit a work storage could not read, rather than build on it', async () => {
    harness.storage.readLog = async () => {
      throw new StorageError('unavailable');
    };
    const core = await harness.open();
    expect(core.store.getState()).toMatchObject({ work: null, status: 'failed', save: 'failed', storageError: { kind: 'unavailable' } });
    expect(core.apply(insert())).toBe(false);
  });

  it('reports an edit built on a stale view and leaves the work as it was', async () => {
    const core = await harness.open();
    core.apply({ type: 'delete', collection: 'features', id: 'SYNTHETIC-missing' });
    expect(core.store.getState().editError).toContain('SYNTHETIC-missing');
    expect(core.store.getState()).toMatchObject({ editSeq: 0, history: { past: [] } });
  });

  it('refuses a record that does not fit its type before it is stored, saying which field is wrong', async () => {
    const core = await harness.open();
    const source = { id: 'SYNTHETIC-source', kind: 'report', title: { en: 'an object' }, visibility: 'public' };
    expect(core.apply({ type: 'insert', collection: 'sources', record: source as never })).toBe(false);
    expect(core.store.getState().editError).toBe('sources "SYNTHETIC-source": title is {"en":"an object"}, expected text');
    await core.settled();
    expect(await harness.storage.readLog(SYNTHETIC_FACILITY)).toBeNull();
  });

  it("asks the browser once to keep this site's storage, and opens the work all the same when it refuses", async () => {
    const persist = vi.fn(async () => {
      throw new DOMException('SYNTHETIC refusal', 'NotAllowedError');
    });
    vi.stubGlobal('navigator', { storage: { persist } });
    await harness.open();
    const other = await harness.open({ facilityId: 'SYNTHETIC-other-facility' });
    expect(persist).toHaveBeenCalledTimes(1);
    expect(other.store.getState()).toMatchObject({ work: { facilityId: 'SYNTHETIC-other-facility' }, storageError: null });
  });

  it('asks before the tab closes while a save is in flight, and no longer once it has committed', async () => {
    const page = closablePage();
    const core = await harness.open();
    expect(page.asksBeforeClosing()).toBe(false);
    harness.hold();
    core.apply(insert());
    await settled();
    expect(page.asksBeforeClosing()).toBe(true);
    harness.release();
    await core.settled();
    expect(core.store.getState().save).toBe('saved');
    expect(page.asksBeforeClosing()).toBe(false);
  });

  it('keeps asking before the tab closes after a failed save, until a retry has saved the work', async () => {
    const page = closablePage();
    const core = await harness.open();
    harness.fail(new DOMException('full', 'QuotaExceededError'));
    core.apply(insert());
    await core.settled();
    expect(page.asksBeforeClosing()).toBe(true);
    harness.fail(null);
    core.retrySave();
    await core.settled();
    expect(page.asksBeforeClosing()).toBe(false);
  });
});

describe('one store edits a facility at a time', () => {
  it('makes a second store on the same facility wait, edit nothing, and take over with every edit when the first closes', async () => {
    const first = await harness.open();
    first.apply(insert());
    const second = harness.open();
    await settled();
    expect(harness.locks.isHeld(SYNTHETIC_FACILITY)).toBe(true);
    await first.close();
    const core = await second;
    expect(core.store.getState()).toMatchObject({ lock: 'held', status: 'ready', work: { features: [{ id: building!.id }] } });
  });

  it('says another tab has the facility and gives up at once when told not to wait', async () => {
    await harness.open();
    const other = await harness.open({ wait: false });
    expect(other.store.getState()).toMatchObject({ lock: 'elsewhere', status: 'waiting', work: null });
    expect(other.apply(insert())).toBe(false);
  });
});
