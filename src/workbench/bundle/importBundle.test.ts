import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { appStyleImage, appStyleWork, APP_FACILITY_A, APP_FACILITY_B } from '../../../tests/fixtures/appStyleWorks';
import { exportBundle } from '../../domain/bundle/exportBundle';
import { readBundle } from '../../domain/bundle/readBundle';
import type { FacilityWork } from '../../domain/workbench/workTypes';
import { createIndexedDbStorage } from '../../persistence/indexedDbStorage';
import { applyImport, planImport, type BundleReader } from './importBundle';

/** The workbench reads bundles in a worker; Node has none, so the test reads them here with the same function. */
const readHere: BundleReader = async (file) => readBundle(new Uint8Array(await file.arrayBuffer()), file.name);

/** A bundle of one facility's work, as "Export this facility" writes it. */
async function bundleOf(work: FacilityWork, image: Uint8Array): Promise<File> {
  const images = new Map(work.diagrams.map((diagram) => [diagram.imageKey, image]));
  const { zip } = await exportBundle([work], { appVersion: '0.1.0-SYNTHETIC', exportedAt: '2026-11-22T10:00:00.000Z', public: false, images });
  return new File([zip as BlobPart], `SYNTHETIC-${work.facilityId}.zip`, { type: 'application/zip' });
}

beforeEach(() => {
  // A fresh, empty browser database for every test: a new device.
  globalThis.indexedDB = new IDBFactory();
});

describe('importing bundles into this device', () => {
  it("keeps each facility's imported diagram-1 image when a second facility's bundle is imported after the first", async () => {
    const storage = createIndexedDbStorage();
    const imports = [
      { work: appStyleWork(APP_FACILITY_A, 0, 'A'), image: appStyleImage('A') },
      { work: appStyleWork(APP_FACILITY_B, 200, 'B'), image: appStyleImage('B') },
    ];
    for (const { work, image } of imports) {
      const planned = await planImport(await bundleOf(work, image), storage, readHere);
      await applyImport(planned.bundle, planned.merges, new Map(), storage);
    }
    for (const { work, image } of imports) {
      const stored = (await storage.loadWork(work.facilityId))?.work;
      expect(stored?.diagrams.map((diagram) => diagram.id)).toEqual(['diagram-1']);
      expect(await storage.getImage(stored?.diagrams[0]?.imageKey ?? '')).toEqual({ bytes: image, mediaType: 'image/png' });
    }
  });

  it('imports the work of a facility whose id is "constructor", with the conflicts the user took', async () => {
    const storage = createIndexedDbStorage();
    const original = appStyleWork(APP_FACILITY_A, 0, 'A');
    const work: FacilityWork = {
      ...original,
      facilityId: 'constructor',
      violations: original.violations.map((violation) => ({ ...violation, facilityId: 'constructor' })),
      diagrams: original.diagrams.map((diagram) => ({ ...diagram, facilityId: 'constructor' })),
    };
    const planned = await planImport(await bundleOf(work, appStyleImage('A')), storage, readHere);
    // Nothing taken for "constructor": a plain object would have found Object.prototype.constructor here.
    await applyImport(planned.bundle, planned.merges, new Map(), storage);
    expect((await storage.loadWork('constructor'))?.work.features.map((feature) => feature.id)).toEqual(work.features.map((feature) => feature.id));
  });
});
