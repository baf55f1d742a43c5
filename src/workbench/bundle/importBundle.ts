/**
 * Reads a bundle and works out, per facility, what merging it would change against the local work — nothing
 * is written until the user confirms. Records that do not fit their types are refused with the reason. Merging
 * is an edit through each facility's store: the open one's, or one made for a facility not open here (under its
 * lock), so every import can be undone; conflicting records keep the local version until resolved.
 */
import i18next from 'i18next';
import { mergeWork } from '../../domain/bundle/mergeWork';
import { withVisibilityFailedClosed } from '../../domain/bundle/restricted';
import type { ReadBundle } from '../../domain/bundle/readBundle';
import type { Change } from '../../domain/workbench/changes';
import { withoutBrokenRecords, type BrokenRecord } from '../../domain/workbench/recordShape';
import { toStorageError } from '../../persistence/storageError';
import { editClosedWork } from '../../store/editClosedWork';
import type { WorkCore } from '../../store/workCore';

import type { ReadBundleReply, ReadBundleRequest } from './readBundleWorker';

export type { ReadBundle };
/** Reads a chosen file as a bundle. */
export type BundleReader = (file: File) => Promise<ReadBundle>;
/** Changes the user chose to take from the bundle, by facility id (a Map: an id may be "constructor"). */
export type TakenChanges = ReadonlyMap<string, readonly Change[]>;

export interface PlannedMerge {
  facilityId: string;
  merge: ReturnType<typeof mergeWork>;
  /** Records of the bundle that do not fit their types: never stored. */
  refused: BrokenRecord[];
}

/** Reads the bundle in a worker (readBundleWorker.ts), so a large or hostile file never freezes the page. */
export const readBundleInWorker: BundleReader = async (file) => {
  const request: ReadBundleRequest = { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name };
  const worker = new Worker(new URL('./readBundleWorker.ts', import.meta.url), { type: 'module' });
  try {
    const reply = await new Promise<ReadBundleReply>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ReadBundleReply>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message || 'the bundle reader could not start'));
      worker.postMessage(request, [request.bytes.buffer]);
    });
    if (!reply.ok) throw new Error(reply.message);
    return reply.bundle;
  } finally {
    worker.terminate();
  }
};

export async function planImport(file: File, core: WorkCore, read: BundleReader = readBundleInWorker): Promise<{ bundle: ReadBundle; merges: PlannedMerge[] }> {
  const bundle = await read(file);
  const open = core.store.getState().work;
  const merges: PlannedMerge[] = [];
  for (const incoming of bundle.works) {
    const { work, refused } = withoutBrokenRecords(withVisibilityFailedClosed(incoming));
    const local = incoming.facilityId === core.facilityId ? open : ((await core.storage.loadWork(incoming.facilityId))?.work ?? null);
    merges.push({ facilityId: incoming.facilityId, merge: mergeWork(local, work), refused });
  }
  return { bundle, merges };
}

const steps = (change: Change): Change[] => (change.type === 'batch' ? change.changes.flatMap(steps) : [change]);

/** Stores the images the change's diagrams show, then applies the change and waits until it is stored; null when it was. */
async function importInto(core: WorkCore, change: Change, bundle: ReadBundle): Promise<string | null> {
  const keys = steps(change).flatMap((step) => ((step.type === 'insert' || step.type === 'replace') && step.collection === 'diagrams' ? [step.record.imageKey] : []));
  try {
    for (const key of keys) {
      const image = bundle.images.get(key);
      if (image) await core.putImage(key, image);
    }
  } catch (error) {
    return toStorageError(error).message;
  }
  if (!core.apply(change)) return core.store.getState().editError ?? '';
  await core.settled();
  return core.store.getState().storageError?.message ?? null;
}

/**
 * Applies each facility's change (plus the conflicts the user chose to take). Facilities that could not take it
 * (open in another tab, saved work broken, storage failing) are named in the error thrown at the end; the others
 * are merged all the same.
 */
export async function applyImport(bundle: ReadBundle, merges: PlannedMerge[], taken: TakenChanges, core: WorkCore): Promise<void> {
  const refusals: string[] = [];
  for (const { facilityId, merge } of merges) {
    const changes = [merge.change, ...(taken.get(facilityId) ?? [])].filter((change): change is Change => change !== null);
    if (changes.length === 0) continue;
    const change: Change = { type: 'batch', label: 'Import bundle', changes };
    if (facilityId === core.facilityId) {
      const detail = await importInto(core, change, bundle);
      if (detail !== null) refusals.push(i18next.t('workcore.import.failed', { facilityId, detail }));
      continue;
    }
    const result = await editClosedWork(facilityId, core.storage, core.locks, (other) => importInto(other, change, bundle));
    if (result.refused === 'elsewhere') refusals.push(i18next.t('workcore.import.elsewhere', { facilityId }));
    else if (result.refused) refusals.push(i18next.t('workcore.import.failed', { facilityId, detail: result.detail ?? result.refused }));
  }
  if (refusals.length > 0) throw new Error(refusals.join(' '));
}
