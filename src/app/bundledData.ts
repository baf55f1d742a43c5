/**
 * The dataset bundled with the app: every file under data/geojson is emitted as a static asset by Vite, then
 * fetched and run through the domain loader in a worker, so the browser sees exactly what `npm run validate` sees.
 */
import type { LoadResult } from '../domain/loadDataset';
import type { LoadReply, LoadRequest } from './loadDatasetWorker';

const DATA_PREFIX = '/data/geojson/';

const bundledFileUrls = import.meta.glob<string>('/data/geojson/**/*.{geojson,json}', {
  query: '?url',
  import: 'default',
  eager: true,
});

export function loadBundledData(): Promise<LoadResult> {
  const request: LoadRequest = {
    files: Object.entries(bundledFileUrls).map(([path, url]) => [path.slice(DATA_PREFIX.length), new URL(url, window.location.href).href]),
  };
  const worker = new Worker(new URL('./loadDatasetWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<LoadResult>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<LoadReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.result);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the data loader could not start'));
    };
    worker.postMessage(request);
  });
}
