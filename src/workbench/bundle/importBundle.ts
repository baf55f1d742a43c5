/**
 * Reads a bundle and works out, per facility, what merging it would change against the local work — nothing
 * is written until the user confirms. Merging goes through the edit funnel for the open facility (so it can be
 * undone) and straight to storage for the others; conflicting records keep the local version until resolved.
 */
import { mergeWork } from '../../domain/bundle/mergeWork';
import type { ReadBundle } from '../../domain/bundle/readBundle';
import { applyChange, emptyWork, type Change } from '../../domain/workbench/changes';
import { EMPTY_HISTORY } from '../../domain/workbench/history';
import type { FacilityWork } from '../../domain/workbench/workTypes';
import type { WorkStorage } from '../../persistence/workStorage';
import { useWorkStore } from '../../store/workStore';

import type { ReadBundleReply, ReadBundleRequest } from './readBundleWorker';

export type { ReadBundle };
/** Reads a chosen file as a bundle. */
export type BundleReader = (file: File) => Promise<ReadBundle>;
/** Changes the user chose to take from the bundle, by facility id (a Map: an id may be "constructor"). */
export type TakenChanges = ReadonlyMap<string, readonly Change[]>;

export interface PlannedMerge {
  facilityId: string;
  merge: ReturnType<typeof mergeWork>;
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

export async function planImport(file: File, storage: WorkStorage, read: BundleReader = readBundleInWorker): Promise<{ bundle: ReadBundle; merges: PlannedMerge[] }> {
  const bundle = await read(file);
  const open = useWorkStore.getState().work;
  const merges: PlannedMerge[] = [];
  for (const incoming of bundle.works) {
    const local = incoming.facilityId === open?.facilityId ? open : ((await storage.loadWork(incoming.facilityId))?.work ?? null);
    merges.push({ facilityId: incoming.facilityId, merge: mergeWork(local, incoming) });
  }
  return { bundle, merges };
}

/** Writes the images, then applies each facility's change (plus the conflicts the user chose to take). */
export async function applyImport(bundle: ReadBundle, merges: PlannedMerge[], taken: TakenChanges, storage: WorkStorage): Promise<void> {
  for (const [key, image] of bundle.images) await storage.putImage(key, image);
  const { work: open, apply } = useWorkStore.getState();
  for (const { facilityId, merge } of merges) {
    const changes = [merge.change, ...(taken.get(facilityId) ?? [])].filter((change): change is Change => change !== null);
    if (changes.length === 0) continue;
    const change: Change = { type: 'batch', label: 'Import bundle', changes };
    if (facilityId === open?.facilityId) {
      apply(change);
      continue;
    }
    const stored = await storage.loadWork(facilityId);
    const at = new Date().toISOString();
    const work: FacilityWork = applyChange(stored?.work ?? emptyWork(facilityId, at), change, at).work;
    await storage.saveWork({ work, history: stored?.history ?? EMPTY_HISTORY });
  }
}

