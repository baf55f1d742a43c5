/**
 * The page side of the transfer benchmark: asks the worker for the dataset in one form, and times what the page's
 * thread spends receiving it (reading the message's data — Chromium deserialises it then — and, packed, unpacking)
 * and the whole hand-over, from the worker's post to records ready here.
 */
import { unpackRecords, type PackedRecords } from '../../../../src/domain/json/packRecords';
import type { LoadResult } from '../../../../src/domain/loadDataset';

const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

interface Measured {
  mode: string;
  violations: number;
  receiveMs: number;
  handOverMs: number;
  serialiseMs: number;
  packMs?: number;
}

(window as unknown as { transfer: (mode: 'clone' | 'packed') => Promise<Measured> }).transfer = (mode) =>
  new Promise((resolve) => {
    let first: Omit<Measured, 'serialiseMs'> | null = null;
    worker.onmessage = (event: MessageEvent) => {
      if (first) {
        const { serialiseMs, packMs } = event.data as { serialiseMs: number; packMs?: number };
        return resolve({ ...first, serialiseMs, ...(packMs === undefined ? {} : { packMs }) });
      }
      const start = performance.now();
      const data = event.data as { mode: string; result: LoadResult | PackedRecords; sentAt: number; violations: number };
      const result = data.mode === 'packed' ? unpackRecords<LoadResult>(data.result as PackedRecords) : (data.result as LoadResult);
      if (result.dataset.violations.length !== data.violations) throw new Error('the dataset did not arrive whole');
      const end = performance.now();
      first = { mode: data.mode, violations: data.violations, receiveMs: end - start, handOverMs: performance.timeOrigin + end - data.sentAt };
    };
    worker.postMessage({ mode });
  });
document.body.dataset.ready = 'true';
