import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { appStyleImage, appStyleWork, APP_FACILITY_A, APP_FACILITY_B } from '../../../tests/fixtures/appStyleWorks';
import { exportBundle } from '../../domain/bundle/exportBundle';
import type { FacilityWork } from '../../domain/workbench/workTypes';
import { createIndexedDbStorage } from '../../persistence/indexedDbStorage';
import { applyImport, planImport } from './importBundle';

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
      const planned = await planImport(await bundleOf(work, image), storage);
      await applyImport(planned.bundle, planned.merges, {}, storage);
    }
    for (const { work, image } of imports) {
      const stored = (await storage.loadWork(work.facilityId))?.work;
      expect(stored?.diagrams.map((diagram) => diagram.id)).toEqual(['diagram-1']);
      expect(await storage.getImage(stored?.diagrams[0]?.imageKey ?? '')).toEqual({ bytes: image, mediaType: 'image/png' });
    }
  });
});
