/**
 * Loads the served dataset once with the app's loader, then hands it to the page on each request, either as the
 * app did before (structured clone of the LoadResult) or packed as the app does now (packRecords, buffers moved).
 */
import { packedTransfer, packRecords } from '../../../../src/domain/json/packRecords';
import { assembleDataset, loadDatasetFile, type LoadResult } from '../../../../src/domain/loadDataset';

const FILES = ['sources.json', 'facilities.geojson', 'violations.geojson'];
let loaded: Promise<LoadResult> | null = null;

const load = async () => {
  const files = await Promise.all(FILES.map(async (path) => loadDatasetFile({ path, text: await (await fetch(`/${path}`)).text() })));
  const result = assembleDataset(files);
  // As the app sends it: the facilities went first, on their own.
  return { ...result, dataset: { ...result.dataset, facilities: [] } };
};

self.onmessage = async (event: MessageEvent<{ mode: 'clone' | 'packed' }>) => {
  loaded ??= load();
  const result = await loaded;
  const sentAt = performance.timeOrigin + performance.now();
  const start = performance.now();
  if (event.data.mode === 'clone') {
    self.postMessage({ mode: 'clone', result, sentAt, violations: result.dataset.violations.length });
    const serialiseMs = performance.now() - start;
    self.postMessage({ serialiseMs });
  } else {
    const packed = packRecords(result);
    const packMs = performance.now() - start;
    self.postMessage({ mode: 'packed', result: packed, sentAt, violations: result.dataset.violations.length }, { transfer: packedTransfer(packed) });
    self.postMessage({ serialiseMs: performance.now() - start, packMs });
  }
};
