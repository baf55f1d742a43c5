/**
 * Node I/O for the validate script's single files (folders are read by scripts/build/readDataFolder.ts, as the
 * build reads them). A file that cannot be read, or is not UTF-8, becomes a problem like any other.
 */
import type { RawFile } from '../../src/domain/loadDataset';
import type { Problem } from '../../src/domain/problems';
import { readText } from '../build/readDataFolder';

export interface ReadOutcome {
  /** Every file found, readable or not, in reading order. */
  found: string[];
  files: RawFile[];
  problems: Problem[];
}

/** One file, its problems named by `path` as the user typed it. */
export async function readSingleFile(path: string): Promise<ReadOutcome> {
  const problems: Problem[] = [];
  const text = readText(path, path, problems);
  return { found: [path], files: text === null ? [] : [{ path, text }], problems };
}
