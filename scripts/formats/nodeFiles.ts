/**
 * Node I/O shared by the import and export commands: a file as a ByteSource (read in 1 MB chunks, so a 200 MB CSV
 * never sits in memory whole), a dataset folder loaded by the domain loader, and its contract files as JSON.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ByteSource } from '../../src/domain/formats/formatTypes';
import { loadDataset, loadFile, type LoadResult } from '../../src/domain/loadDataset';
import { jsonFileText } from '../../src/domain/register/facilityFeature';
import { readDatasetFolder } from '../validate/readFiles';

export const BUNDLED_DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/geojson');

export function fileSource(path: string, size: number): ByteSource {
  return { name: basename(path), size, chunks: () => createReadStream(path, { highWaterMark: 1 << 20 }) };
}

export async function pathType(path: string): Promise<'folder' | 'file' | null> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch {
    return null;
  }
}

/** The folder's dataset, checked as `npm run validate` checks it (the bundled provinces when it has none). */
export async function loadFolder(folder: string): Promise<LoadResult> {
  const read = await readDatasetFolder(folder);
  const ownProvinces = read.files.some((file) => file.path === 'provinces.geojson');
  const fallbackProvinces = ownProvinces ? [] : await bundledProvinces();
  const result = loadDataset(read.files, { fallbackProvinces });
  return { dataset: result.dataset, problems: [...read.problems, ...result.problems] };
}

async function bundledProvinces() {
  try {
    const text = await readFile(join(BUNDLED_DATA, 'provinces.geojson'), 'utf8');
    return loadFile({ path: 'provinces.geojson', text }, 'provinces').records.provinces ?? [];
  } catch {
    return [];
  }
}

/** A contract file of the folder as JSON, or null when it does not exist. */
export async function readJson(folder: string, path: string): Promise<Record<string, unknown> | null> {
  try {
    return JSON.parse((await readFile(join(folder, path), 'utf8')).replace(/^\uFEFF/, '')) as Record<string, unknown>;
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw error;
  }
}

export async function writeJson(folder: string, path: string, value: unknown): Promise<void> {
  await writeFile(join(folder, path), jsonFileText(value));
}
