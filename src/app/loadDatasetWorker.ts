/**
 * Fetches and validates the bundled dataset off the main thread, so the page and the map keep starting while
 * geometry checks run. Answers one request: the files to load. Each file is read as soon as it arrives; the
 * facilities are sent on at once (checked on their own), then the whole dataset once the checks across files
 * are done — without the facilities again, which the page already holds (the very same records). The dataset
 * crosses packed (domain/json/packRecords: each string and key list once, the structure in transferred buffers):
 * structured clone of 100,000 violations blocked the page for about half a second.
 */
import { assembleDataset, loadDatasetFile, type LoadResult } from '../domain/loadDataset';
import { packedTransfer, packRecords, type PackedRecords } from '../domain/json/packRecords';
import type { Facility } from '../domain/types';

export interface LoadRequest {
  /** Dataset-relative path → URL to fetch it from. */
  files: [string, string][];
}

export type LoadReply =
  | { kind: 'facilities'; facilities: Facility[] }
  /** `result` is a packed LoadResult. */
  | { kind: 'dataset'; result: PackedRecords; facilitiesSent: boolean }
  | { kind: 'failed'; message: string };

const reply = (message: LoadReply, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = async (event: MessageEvent<LoadRequest>) => {
  let facilitiesSent = false;
  try {
    const files = await Promise.all(
      event.data.files.map(async ([path, url]) => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        const loaded = loadDatasetFile({ path, text: await response.text() });
        if (loaded.kind === 'facilities' && loaded.records.facilities) {
          reply({ kind: 'facilities', facilities: loaded.records.facilities });
          facilitiesSent = true;
        }
        return loaded;
      }),
    );
    const result = assembleDataset(files);
    const packed = packRecords((facilitiesSent ? { ...result, dataset: { ...result.dataset, facilities: [] } } : result) satisfies LoadResult);
    reply({ kind: 'dataset', result: packed, facilitiesSent }, packedTransfer(packed));
  } catch (error) {
    reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
