/**
 * Node I/O for the validate script: reads a dataset folder or one file as UTF-8 text. A file that cannot be
 * read, or is not UTF-8, becomes a problem like any other, so one bad file never hides the rest.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RawFile } from '../../src/domain/loadDataset';
import { FILE_LEVEL, type Problem } from '../../src/domain/problems';

const DATASET_FILES = ['facilities.geojson', 'sources.json', 'violations.geojson', 'provinces.geojson'];
const PLANS_FOLDER = 'plans';

export interface ReadOutcome {
  /** Every file found, readable or not, in reading order. */
  found: string[];
  files: RawFile[];
  problems: Problem[];
}

/** The dataset files in `folder` with dataset-relative paths; missing files are fine. */
export async function readDatasetFolder(folder: string): Promise<ReadOutcome> {
  const outcome: ReadOutcome = { found: [], files: [], problems: [] };
  const planNames = await listPlans(folder, outcome.problems);
  const paths = [...DATASET_FILES, ...planNames.map((name) => `${PLANS_FOLDER}/${name}`)];
  for (const path of paths) {
    const problemsBefore = outcome.problems.length;
    const text = await readText(join(folder, path), path, outcome.problems, true);
    if (text !== null) outcome.files.push({ path, text });
    if (text !== null || outcome.problems.length > problemsBefore) outcome.found.push(path);
  }
  return outcome;
}

/** One file, its problems named by `path` as the user typed it. */
export async function readSingleFile(path: string): Promise<ReadOutcome> {
  const problems: Problem[] = [];
  const text = await readText(path, path, problems, false);
  return { found: [path], files: text === null ? [] : [{ path, text }], problems };
}

async function listPlans(folder: string, problems: Problem[]): Promise<string[]> {
  try {
    const entries = await readdir(join(folder, PLANS_FOLDER));
    return entries.filter((name) => name.endsWith('.geojson')).sort();
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') problems.push(unreadable(`${PLANS_FOLDER}/`, error));
    return [];
  }
}

/** The file's text, or null when it is absent (and that is allowed) or unreadable (reported). */
async function readText(fullPath: string, shownPath: string, problems: Problem[], mayBeMissing: boolean): Promise<string | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(fullPath);
  } catch (error) {
    if (!(mayBeMissing && errorCode(error) === 'ENOENT')) problems.push(unreadable(shownPath, error));
    return null;
  }
  try {
    // ignoreBOM keeps a byte-order mark in the text, so the loader can warn about it.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    problems.push({
      level: 'error',
      code: 'file.encoding',
      file: shownPath,
      featureId: FILE_LEVEL,
      message: 'The file is not UTF-8 text.',
      hint: 'Save it as UTF-8 (GeoJSON and JSON files must be UTF-8).',
    });
    return null;
  }
}

function unreadable(path: string, error: unknown): Problem {
  const code = errorCode(error);
  return {
    level: 'error',
    code: 'file.unreadable',
    file: path,
    featureId: FILE_LEVEL,
    message: `The file could not be read (${code ?? (error instanceof Error ? error.message : String(error))}).`,
    hint: code === 'EISDIR' ? 'This is a folder, not a file.' : 'Check that it exists and that you may read it.',
  };
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
