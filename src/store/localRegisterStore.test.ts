import { describe, expect, it } from 'vitest';
import { importAndPreview, syntheticDataset } from '../../tests/fixtures/formatsFixtures';
import { featureId } from '../domain/localRegister/localRegister';
import type { RegisterStorage, StoredRegister } from '../persistence/registerStorage';
import { createLocalRegister } from './localRegisterStore';

/** Storage in memory; `row` is what a reload would read. */
function memoryStorage(initial: unknown = null) {
  const held = { row: initial as StoredRegister | null, failing: false };
  const storage: RegisterStorage = {
    load: async () => structuredClone(held.row),
    update: async (change) => {
      if (held.failing) throw new Error('SYNTHETIC disk full');
      const next = change(structuredClone(held.row));
      held.row = structuredClone(next);
      return next;
    },
  };
  return { storage, held };
}

const CSV = 'id,name_en,type,latitude,longitude\nSYNTHETIC-new,SYNTHETIC new office,office,41.75,129.25';

async function importOnce(core: ReturnType<typeof createLocalRegister>) {
  const bundled = syntheticDataset();
  const { result, preview } = await importAndPreview('SYNTHETIC-one.csv', CSV, { existing: bundled });
  return core.apply(bundled, result, preview, { replace: 'none' });
}

describe('localRegister store', () => {
  it('stores an applied import before showing it, and a reload reads it back', async () => {
    const { storage, held } = memoryStorage();
    const core = createLocalRegister(storage);
    await core.open();
    expect((await importOnce(core)).added).toEqual(['SYNTHETIC-new']);
    expect(held.row?.register.facilities.map(featureId)).toEqual(['SYNTHETIC-new']);
    const reloaded = createLocalRegister(storage);
    await reloaded.open();
    expect(reloaded.store.getState()).toMatchObject({ status: 'ready', undoFile: 'SYNTHETIC-one.csv' });
    expect(reloaded.store.getState().register.facilities.map(featureId)).toEqual(['SYNTHETIC-new']);
  });

  it('undoes the last import in one step, after a reload too', async () => {
    const { storage, held } = memoryStorage();
    const core = createLocalRegister(storage);
    await core.open();
    await importOnce(core);
    const reloaded = createLocalRegister(storage);
    await reloaded.open();
    expect(await reloaded.undo()).toBe(true);
    expect(reloaded.store.getState()).toMatchObject({ undoFile: null });
    expect(held.row?.register.facilities).toEqual([]);
    expect(await reloaded.undo()).toBe(false);
  });

  it('changes nothing on screen when storing fails, and says why', async () => {
    const { storage, held } = memoryStorage();
    const core = createLocalRegister(storage);
    await core.open();
    held.failing = true;
    await expect(importOnce(core)).rejects.toThrow(/disk full/);
    expect(core.store.getState().register.facilities).toEqual([]);
  });

  it('never overwrites a stored row it cannot read, and refuses to apply onto it', async () => {
    const unreadable = { register: { format: 99, facilities: 'SYNTHETIC' } };
    const { storage, held } = memoryStorage(unreadable);
    const core = createLocalRegister(storage);
    await core.open();
    expect(core.store.getState().status).toBe('failed');
    await expect(importOnce(core)).rejects.toThrow(/cannot read/);
    expect(held.row).toEqual(unreadable);
  });
});
