/**
 * Validates one command-line target: a dataset folder (all its files, cross-references included) or a single
 * file whose kind comes from its content, its name, or --kind.
 */
import { join } from 'node:path';
import { FILE_KINDS, assembleDataset, detectKind, loadDataset, loadFile, type FileKind } from '../../src/domain/loadDataset';
import { parseJson } from '../../src/domain/json/parseJson';
import { FILE_LEVEL, type Problem } from '../../src/domain/problems';
import type { Dataset, Province } from '../../src/domain/types';
import { createReporter } from '../../src/domain/validation/reporter';
import { readDatasetFolder, readSingleFile } from './readFiles';

export interface TargetResult {
  /** Paths of the files found (read or not), as shown to the user. */
  files: string[];
  records: number;
  problems: Problem[];
}

/** `fallbackProvinces` is asked for only when the target brings no provinces.geojson of its own. */
export async function validateFolder(folder: string, fallbackProvinces: () => Promise<Province[]>): Promise<TargetResult> {
  const read = await readDatasetFolder(folder);
  const ownProvinces = read.files.some((file) => file.path === 'provinces.geojson');
  const result = loadDataset(read.files, ownProvinces ? {} : { fallbackProvinces: await fallbackProvinces() });
  // One file's problems together, in reading order: unreadable files and cross-file checks would come last.
  const rank = (problem: Problem) => {
    const index = read.found.indexOf(problem.file);
    return index === -1 ? read.found.length : index;
  };
  const problems = [...read.problems, ...result.problems].sort((a, b) => rank(a) - rank(b));
  return {
    files: read.found.map((path) => join(folder, path)),
    records: countRecords(result.dataset, ownProvinces),
    problems: problems.map((problem) => ({ ...problem, file: join(folder, problem.file) })),
  };
}

export async function validateFile(path: string, forcedKind: FileKind | null, fallbackProvinces: () => Promise<Province[]>): Promise<TargetResult> {
  const read = await readSingleFile(path);
  const file = read.files[0];
  if (!file) return { files: read.found, records: 0, problems: read.problems };
  const parsed = parseJson(file.text, createReporter(path, []));
  const kind = forcedKind ?? detectKind(path, parsed.ok ? parsed.value : undefined);
  if (!kind) {
    // A file that is not JSON has no kind, but its JSON problems are the useful answer.
    const problems = [...read.problems];
    const reporter = createReporter(path, problems);
    if (parseJson(file.text, reporter).ok) {
      reporter.error(FILE_LEVEL, 'file.kind', 'Cannot tell what this file holds.', `Pass --kind ${FILE_KINDS.join('|')}.`);
    }
    return { files: [path], records: 0, problems };
  }
  const fallback = kind === 'facilities' ? await fallbackProvinces() : [];
  const result = assembleDataset([loadFile(file, kind)], { fallbackProvinces: fallback });
  return { files: [path], records: countRecords(result.dataset, kind === 'provinces'), problems: [...read.problems, ...result.problems] };
}

function countRecords(dataset: Dataset, ownProvinces: boolean): number {
  const planFeatures = dataset.plans.reduce((sum, plan) => sum + plan.features.length, 0);
  const provinces = ownProvinces ? dataset.provinces.length : 0;
  return dataset.facilities.length + dataset.sources.length + dataset.violations.length + provinces + planFeatures;
}
