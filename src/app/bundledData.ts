/**
 * The dataset bundled with the app: the contract files of data/geojson that passed the public gate, emitted by the
 * build as static assets (scripts/build/publicDataGuard.ts; never a glob of whatever lies there), then fetched and
 * run through the domain loader in a worker, so the browser sees exactly what `npm run validate` sees.
 */
import bundledFiles from 'virtual:bundled-data';
import { unpackRecords } from '../domain/json/packRecords';
import type { LoadResult } from '../domain/loadDataset';
import type { Facility } from '../domain/types';
import type { DatasetLoader } from '../store/datasetStore';
import type { LoadReply, LoadRequest } from './loadDatasetWorker';

export const loadBundledData: DatasetLoader = (onFacilities) => {
  const request: LoadRequest = {
    files: bundledFiles.map(([path, url]) => [path, new URL(url, window.location.href).href]),
  };
  const worker = new Worker(new URL('./loadDatasetWorker.ts', import.meta.url), { type: 'module' });
  let early: Facility[] | null = null;
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<LoadReply>) => {
      const reply = event.data;
      if (reply.kind === 'facilities') {
        early = reply.facilities;
        onFacilities(early);
        return;
      }
      worker.terminate();
      if (reply.kind === 'failed') return reject(new Error(reply.message));
      const { dataset, problems } = unpackRecords<LoadResult>(reply.result);
      // The facilities came first; the dataset's own list was left empty so they crossed over once.
      resolve({ dataset: { ...dataset, facilities: reply.facilitiesSent && early ? early : dataset.facilities }, problems });
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the data loader could not start'));
    };
    worker.postMessage(request);
  });
};
