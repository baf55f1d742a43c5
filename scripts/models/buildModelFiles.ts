/**
 * Node I/O for build:models: every plan of a dataset folder → `<facility-id>.glb` in the output folder. The
 * dataset is loaded whole, like `npm run validate`, so plans are checked against their facilities; a plan
 * with errors is skipped with its first error, never drawn half-right. Hand-made models are never overwritten,
 * and none is written beside a hand-made `<facility-id>.gltf` (the viewer would use that one).
 */
import { NodeIO } from '@gltf-transform/core';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { kindFromPath } from '../../src/domain/load/fileKinds';
import { loadDataset } from '../../src/domain/loadDataset';
import { planToScene } from '../../src/domain/plan3d/planToScene';
import type { Problem } from '../../src/domain/problems';
import { readDataFolder } from '../build/readDataFolder';
import { MODEL_GENERATOR, sceneToGltf } from './sceneToGltf';

export type ModelOutcome =
  | { planFile: string; written: { path: string; rooms: number; nodes: number; bytes: number } }
  | { planFile: string; skipped: string };

/** Builds a model for each plan in `dataFolder`/plans, one outcome per plan file, in file-name order. */
export async function buildModels(dataFolder: string, outputFolder: string): Promise<ModelOutcome[]> {
  const read = readDataFolder(dataFolder);
  const files = read.files.filter((file) => kindFromPath(file.path) !== null);
  const { dataset, problems } = loadDataset(files);
  const allProblems = [...read.problems, ...problems];
  const outcomes: ModelOutcome[] = [];
  const plans = [...files.map((file) => file.path), ...read.problems.map((problem) => problem.file)].filter((path) => kindFromPath(path) === 'plan');
  for (const planFile of plans.sort()) {
    const errors = allProblems.filter((problem) => problem.file === planFile && problem.level === 'error');
    const plan = dataset.plans.find((candidate) => candidate.file === planFile);
    if (errors.length > 0 || !plan) {
      outcomes.push({ planFile, skipped: errors.length > 0 ? describeErrors(errors) : 'no plan could be loaded from it' });
      continue;
    }
    const path = join(outputFolder, `${plan.facilityId}.glb`);
    const handMadeJson = join(outputFolder, `${plan.facilityId}.gltf`);
    if (await exists(handMadeJson)) {
      outcomes.push({ planFile, skipped: `${handMadeJson} is a hand-made model (build:models writes only .glb); no .glb was written beside it` });
      continue;
    }
    if (!(await mayOverwrite(path))) {
      outcomes.push({ planFile, skipped: `${path} is not a model build:models wrote (hand-made?); it was left as it is` });
      continue;
    }
    const scene = planToScene(plan, dataset.facilities.find((facility) => facility.id === plan.facilityId));
    const document = sceneToGltf(scene);
    const glb = await new NodeIO().writeBinary(document);
    await mkdir(outputFolder, { recursive: true });
    await writeFile(path, glb);
    outcomes.push({ planFile, written: { path, rooms: scene.rooms.length, nodes: document.getRoot().listNodes().length, bytes: glb.byteLength } });
  }
  return outcomes;
}

/** One line for the terminal. */
export function formatOutcome(outcome: ModelOutcome): string {
  if ('skipped' in outcome) return `skipped ${outcome.planFile}: ${outcome.skipped}`;
  const { path, rooms, nodes, bytes } = outcome.written;
  return `${path}: ${rooms} rooms, ${nodes} nodes, ${bytes} bytes`;
}

function describeErrors(errors: readonly Problem[]): string {
  const [first] = errors;
  const count = errors.length === 1 ? '1 error' : `${errors.length} errors`;
  return first ? `${count}, the first: ${first.featureId}: ${first.message}` : count;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** True when nothing is at `path` yet, or what is there names build:models as its generator. */
async function mayOverwrite(path: string): Promise<boolean> {
  let existing: Uint8Array;
  try {
    existing = await readFile(path);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return true;
    throw error;
  }
  try {
    const { json } = await new NodeIO().binaryToJSON(existing);
    return json.asset.generator?.startsWith(MODEL_GENERATOR) === true;
  } catch {
    // Not a readable .glb: someone else's file, so keep it.
    return false;
  }
}
