import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appStyleImage, appStyleWork, APP_FACILITY_A, APP_FACILITY_B } from '../../../tests/fixtures/appStyleWorks';
import { createHarness } from '../../../tests/fixtures/testWorkCore';
import { exportBundle } from '../../domain/bundle/exportBundle';
import { readBundle } from '../../domain/bundle/readBundle';
import type { FacilityWork } from '../../domain/workbench/workTypes';
import i18next from 'i18next';
import { en } from '../../i18n/dictionaries';
import { applyImport, planImport, type BundleReader } from './importBundle';

/** The workbench reads bundles in a worker; Node has none, so the test reads them here with the same function. */
const readHere: BundleReader = async (file) => readBundle(new Uint8Array(await file.arrayBuffer()), file.name);

/** A bundle of facilities' works, as "Export all works in progress" writes it. */
async function bundleOf(works: FacilityWork[], image: Uint8Array): Promise<File> {
  const images = new Map(works.flatMap((work) => work.diagrams.map((diagram) => [diagram.imageKey, image] as const)));
  const { zip } = await exportBundle(works, { appVersion: '0.1.0-SYNTHETIC', exportedAt: '2026-11-22T10:00:00.000Z', public: false, images });
  return new File([zip as BlobPart], 'SYNTHETIC-bundle.zip', { type: 'application/zip' });
}

let harness: ReturnType<typeof createHarness>;
beforeAll(() => i18next.init({ resources: { en: { translation: en } }, lng: 'en' }));
beforeEach(() => {
  // A fresh, empty browser database for every test: a new device.
  harness = createHarness();
});
afterEach(() => harness.dispose());

/** Imports `file` with facility A open in the workbench, merging everything. */
async function importWithAOpen(file: File) {
  const open = await harness.open({ facilityId: APP_FACILITY_A });
  const planned = await planImport(file, open, readHere);
  const outcome = await applyImport(planned.bundle, planned.merges, new Map(), open).then(() => null, (error: Error) => error.message);
  await open.close();
  return { planned, outcome };
}

describe('importing bundles into this device', () => {
  it("keeps each facility's imported diagram-1 image when a second facility's bundle is imported after the first", async () => {
    const imports = [
      { work: appStyleWork(APP_FACILITY_A, 0, 'A'), image: appStyleImage('A') },
      { work: appStyleWork(APP_FACILITY_B, 200, 'B'), image: appStyleImage('B') },
    ];
    for (const { work, image } of imports) expect((await importWithAOpen(await bundleOf([work], image))).outcome).toBeNull();
    for (const { work, image } of imports) {
      const stored = (await harness.storage.loadWork(work.facilityId))?.work;
      expect(stored?.diagrams.map((diagram) => diagram.id)).toEqual(['diagram-1']);
      expect(await harness.storage.getImage(stored?.diagrams[0]?.imageKey ?? '')).toEqual({ bytes: image, mediaType: 'image/png' });
    }
  });

  it('makes an import into a facility that is not open an edit of its own: undo removes it, redo brings it back', async () => {
    const incoming = appStyleWork(APP_FACILITY_B, 200, 'B');
    expect((await importWithAOpen(await bundleOf([incoming], appStyleImage('B')))).outcome).toBeNull();
    const b = await harness.open({ facilityId: APP_FACILITY_B });
    const ids = () => b.store.getState().work?.features.map((feature) => feature.id);
    expect(ids()).toEqual(['building-1', 'room-1']);
    b.undo();
    expect(b.store.getState()).toMatchObject({ editError: null, work: { features: [], violations: [], diagrams: [] } });
    b.redo();
    expect(ids()).toEqual(['building-1', 'room-1']);
  });

  it('leaves a facility another tab has open untouched, says so, and merges the others', async () => {
    await harness.open({ facilityId: APP_FACILITY_B });
    const file = await bundleOf([appStyleWork(APP_FACILITY_A, 0, 'A'), appStyleWork(APP_FACILITY_B, 200, 'B')], appStyleImage('AB'));
    const { outcome } = await importWithAOpen(file);
    expect(outcome).toBe(`${APP_FACILITY_B}: not merged, because it is open in the workbench in another tab. Merge it there, or close that tab and import again.`);
    expect((await harness.storage.loadWork(APP_FACILITY_A))?.work.features).toHaveLength(2);
    expect(await harness.storage.readLog(APP_FACILITY_B)).toBeNull();
  });

  it('refuses a record that does not fit its type with the reason, and stores the rest', async () => {
    const work = appStyleWork(APP_FACILITY_A, 0, 'A');
    const broken = { ...work, sources: [...work.sources, { id: 'SYNTHETIC-object-title', kind: 'report', title: { en: 'an object' }, visibility: 'public' }] } as FacilityWork;
    const { planned, outcome } = await importWithAOpen(await bundleOf([broken], appStyleImage('A')));
    expect(planned.merges[0]?.refused).toEqual([{ collection: 'sources', index: work.sources.length, id: 'SYNTHETIC-object-title', problems: ['title is {"en":"an object"}, expected text'] }]);
    expect(outcome).toBeNull();
    const stored = (await harness.storage.loadWork(APP_FACILITY_A))?.work;
    expect(stored?.sources.map((source) => source.id).sort()).toEqual(work.sources.map((source) => source.id).sort());
  });

  it('imports the work of a facility whose id is "constructor", with the conflicts the user took', async () => {
    const original = appStyleWork(APP_FACILITY_A, 0, 'A');
    const work: FacilityWork = {
      ...original,
      facilityId: 'constructor',
      violations: original.violations.map((violation) => ({ ...violation, facilityId: 'constructor' })),
      diagrams: original.diagrams.map((diagram) => ({ ...diagram, facilityId: 'constructor' })),
    };
    // Nothing taken for "constructor": a plain object would have found Object.prototype.constructor here.
    expect((await importWithAOpen(await bundleOf([work], appStyleImage('A')))).outcome).toBeNull();
    expect((await harness.storage.loadWork('constructor'))?.work.features.map((feature) => feature.id)).toEqual(work.features.map((feature) => feature.id));
  });
});
