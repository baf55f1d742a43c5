/**
 * Opens a bundle: lists the zip without inflating it, refuses names that are duplicated or unsafe and sizes
 * beyond the limits, inflates only manifest.json and the files it lists (each stopped the moment it yields more
 * than it declares), checks every file against the manifest's SHA-256 (a changed, missing or unlisted file is
 * reported and its records stay out), validates the contract files with the loader the app and `npm run validate`
 * use, and rebuilds one work per facility from the records as written (so unfinished work survives). Never throws
 * on bad input: what is wrong becomes a problem. The workbench runs it in a worker (readBundleWorker.ts).
 */
import { loadDataset } from '../loadDataset';
import type { Problem } from '../problems';
import { unmarkedPath } from '../publish/restrictedMark';
import type { FacilityWork } from '../workbench/workTypes';
import { DIAGRAMS_PATH, type BundleManifest } from './bundleTypes';
import { readDiagrams, type ReadDiagrams } from './readDiagrams';
import { readManifest } from './readManifest';
import { rawRecords } from './rawRecords';
import { rebuildWorks } from './rebuildWorks';
import { unzipBundle, type BundleLimits } from './unzipBundle';
import { verifyFiles } from './verifyFiles';

export interface ReadBundle {
  /** Null when the bundle has no usable manifest; then nothing is loaded, since nothing can be verified. */
  manifest: BundleManifest | null;
  works: FacilityWork[];
  /** Diagram images by the imported diagrams' imageKey. */
  images: ReadDiagrams['images'];
  /** File paths as in the bundle; problems with the bundle as a whole name `fileName`. */
  problems: Problem[];
}

/** Reads a bundle's bytes; `fileName` is the name the person chose, for problems about the whole file. */
export async function readBundle(bytes: Uint8Array, fileName: string, limits?: BundleLimits): Promise<ReadBundle> {
  const unzipped = unzipBundle(bytes, fileName, (manifestBytes) => readManifest(manifestBytes, fileName), limits);
  if (!unzipped.ok) return { manifest: null, works: [], images: new Map(), problems: unzipped.problems };
  const { manifest, files, names, problems } = unzipped;

  const verified = await verifyFiles(files, manifest, names);
  const decoder = new TextDecoder();
  // Images and diagrams.json are the bundle's own; everything else goes to the loader, by its place in the
  // dataset layout (a non-public bundle's "plans/x.RESTRICTED.geojson" is plans/x.geojson), and the loader
  // reports files that are not part of it.
  const dataFiles = [...verified.files]
    .filter(([path]) => unmarkedPath(path) !== DIAGRAMS_PATH && !path.startsWith('diagrams/'))
    .map(([path, content]) => ({ path: unmarkedPath(path), text: decoder.decode(content) }));
  const loaded = loadDataset(dataFiles);
  const diagrams = readDiagrams(verified);
  return {
    manifest,
    works: rebuildWorks(manifest.facilities, rawRecords(dataFiles), diagrams.diagrams, manifest.exportedAt),
    images: diagrams.images,
    problems: [...problems, ...verified.problems, ...loaded.problems, ...diagrams.problems],
  };
}

