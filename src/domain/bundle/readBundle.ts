/**
 * Opens a bundle: checks every file against the manifest's SHA-256 (a changed, missing or unlisted file is
 * reported and its records stay out), validates the contract files with the loader the app and `npm run
 * validate` use, and rebuilds one work per facility from the records as written (so unfinished work survives). Never throws on bad input: what is wrong becomes a problem.
 */
import { unzipSync } from 'fflate';
import { loadDataset } from '../loadDataset';
import { FILE_LEVEL, type Problem } from '../problems';
import { createReporter } from '../validation/reporter';
import type { FacilityWork } from '../workbench/workTypes';
import { DIAGRAMS_PATH, type BundleManifest } from './bundleTypes';
import { readDiagrams, type ReadDiagrams } from './readDiagrams';
import { readManifest } from './readManifest';
import { rawRecords } from './rawRecords';
import { rebuildWorks } from './rebuildWorks';
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
export async function readBundle(bytes: Uint8Array, fileName: string): Promise<ReadBundle> {
  const entries = unzip(bytes);
  if (!entries) {
    const problems: Problem[] = [];
    createReporter(fileName, problems).error(
      FILE_LEVEL,
      'bundle.notZip',
      'This file is not a zip archive, so it is not a Facility Atlas bundle; nothing was imported.',
      'Choose the .zip file that the app exported.',
    );
    return { manifest: null, works: [], images: new Map(), problems };
  }
  const { manifest, problems } = readManifest(entries, fileName);
  if (!manifest) return { manifest: null, works: [], images: new Map(), problems };

  const verified = await verifyFiles(entries, manifest);
  const decoder = new TextDecoder();
  // Images and diagrams.json are the bundle's own; everything else goes to the loader, which reports files
  // that are not part of the dataset layout.
  const dataFiles = [...verified.files]
    .filter(([path]) => path !== DIAGRAMS_PATH && !path.startsWith('diagrams/'))
    .map(([path, content]) => ({ path, text: decoder.decode(content) }));
  const loaded = loadDataset(dataFiles);
  const diagrams = readDiagrams(verified);
  return {
    manifest,
    works: rebuildWorks(manifest.facilities, rawRecords(dataFiles), diagrams.diagrams, manifest.exportedAt),
    images: diagrams.images,
    problems: [...problems, ...verified.problems, ...loaded.problems, ...diagrams.problems],
  };
}

/** The zip's entries by path, or null when the bytes are not a zip archive. */
function unzip(bytes: Uint8Array): Record<string, Uint8Array> | null {
  try {
    return unzipSync(bytes);
  } catch {
    return null;
  }
}
