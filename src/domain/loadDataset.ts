/**
 * The domain loader: raw dataset files → typed records plus the problems found in them (DESIGN.md §2). Runs in
 * the browser and in Node alike. A bad record is reported and left out; it never stops the others loading.
 */
import { assembleDataset } from './load/assembleDataset';
import { kindFromPath } from './load/fileKinds';
import { loadFile } from './load/loadFile';
import type { LoadedFile, LoadOptions, LoadResult, RawFile } from './load/loadTypes';
import { FILE_LEVEL, type Problem } from './problems';
import { createReporter } from './validation/reporter';

export type { RawFile, LoadOptions, LoadResult, LoadedFile } from './load/loadTypes';
export type { FileKind } from './load/fileKinds';
export { FILE_KINDS } from './load/fileKinds';
export { loadFile } from './load/loadFile';
export { detectKind } from './load/detectKind';
export { assembleDataset } from './load/assembleDataset';

/** Loads a dataset folder's files; each file's kind comes from its dataset-relative path. */
export function loadDataset(files: readonly RawFile[], options: LoadOptions = {}): LoadResult {
  return assembleDataset(files.map(loadDatasetFile), options);
}

/**
 * Loads one file of a dataset folder on its own, its kind from its dataset-relative path (so a caller can read
 * each file as it arrives, then assemble them). A file outside the layout yields no records, only a warning.
 */
export function loadDatasetFile(file: RawFile): LoadedFile {
  const kind = kindFromPath(file.path);
  if (kind) return loadFile(file, kind);
  const problems: Problem[] = [];
  createReporter(file.path, problems).warning(
    FILE_LEVEL,
    'file.unknown',
    'This file is not part of the dataset layout; it was ignored.',
    'A dataset holds facilities.geojson, sources.json, violations.geojson, provinces.geojson and plans/<facility-id>.geojson.',
  );
  return { file: file.path, kind: null, records: {}, problems };
}
