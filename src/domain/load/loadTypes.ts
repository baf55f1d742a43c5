/** Shapes passed between the loader's steps and its callers (the app, the validate script). */
import type { Problem } from '../problems';
import type { Dataset, Province } from '../types';
import type { FileKind } from './fileKinds';

/** A file's text; `path` is dataset-relative: "facilities.geojson", "plans/<facility-id>.geojson" … */
export interface RawFile {
  path: string;
  text: string;
}

export interface LoadOptions {
  /** Boundaries for the province check when the dataset has no provinces.geojson. */
  fallbackProvinces?: Province[];
}

export interface LoadResult {
  dataset: Dataset;
  problems: Problem[];
}

/** One file read on its own: the records it yields (those with errors left out) and what was wrong. */
export interface LoadedFile {
  file: string;
  /** null for a file outside the dataset layout (it yields no records). */
  kind: FileKind | null;
  records: Partial<Dataset>;
  problems: Problem[];
}
