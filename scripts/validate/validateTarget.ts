/**
 * Validates one command-line target: a dataset folder through the public gate, exactly as the build checks it
 * (every file found, the contract's files through the loader, cross-references, nothing restricted), or a single
 * file whose kind comes from its content, its name, or --kind, with the gate's checks that need no other file.
 */
import { join } from 'node:path';
import { FILE_KINDS, assembleDataset, detectKind, loadFile, type FileKind } from '../../src/domain/loadDataset';
import { parseJson } from '../../src/domain/json/parseJson';
import { FILE_LEVEL, type Problem } from '../../src/domain/problems';
import { gatePublicData, publishProblems } from '../../src/domain/publish/publicGate';
import type { Dataset, Province } from '../../src/domain/types';
import { createReporter } from '../../src/domain/validation/reporter';
import { readDataFolder } from '../build/readDataFolder';
import { readSingleFile } from './readFiles';

export interface TargetResult {
  /** Paths of the files found (read or not), as shown to the user. */
  files: string[];
  records: number;
  problems: Problem[];
}

/** `fallbackProvinces` is asked for only when the target brings no provinces.geojson of its own. */
export async function validateFolder(folder: string, fallbackProvinces: () => Promise<Province[]>): Promise<TargetResult> {
  const listing = readDataFolder(folder);
  const ownProvinces = listing.files.some((file) => file.path === 'provinces.geojson');
  const gate = gatePublicData(listing, ownProvinces ? {} : { fallbackProvinces: await fallbackProvinces() });
  const unread = listing.problems.map((problem) => problem.file).filter((path) => !path.endsWith('/'));
  return {
    files: [...listing.files.map((file) => file.path), ...unread].map((path) => join(folder, path)),
    records: countRecords(gate.loaded.dataset, ownProvinces),
    problems: gate.problems.map((problem) => ({ ...problem, file: join(folder, problem.file) })),
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
  // Whether its sources exist needs sources.json: that is checked when the file's folder is validated.
  const gate = publishProblems([file], result.problems).filter((problem) => problem.code !== 'publish.sourceMissing');
  return { files: [path], records: countRecords(result.dataset, kind === 'provinces'), problems: [...read.problems, ...result.problems, ...gate] };
}

function countRecords(dataset: Dataset, ownProvinces: boolean): number {
  const planFeatures = dataset.plans.reduce((sum, plan) => sum + plan.features.length, 0);
  const provinces = ownProvinces ? dataset.provinces.length : 0;
  return dataset.facilities.length + dataset.sources.length + dataset.violations.length + provinces + planFeatures;
}
