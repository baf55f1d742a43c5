/**
 * Live validation of a facility's work: its contract files run through the same loader as `npm run validate` and
 * the public app, beside the facility and the sources it may cite, so the workbench shows exactly the problems
 * the published files would have. Only problems in the work's own files are returned.
 */
import { assembleDataset } from '../load/assembleDataset';
import { loadFile } from '../load/loadFile';
import type { LoadedFile } from '../load/loadTypes';
import type { Problem } from '../problems';
import type { Facility, Plan, Source, Violation } from '../types';
import { planFile, sourcesFile, violationsFile } from './contractFiles';
import type { FacilityWork } from './workTypes';

export interface WorkContext {
  facility: Facility | undefined;
  /** Sources the work may cite without holding them (e.g. the bundled register's). */
  knownSources: readonly Source[];
}

export interface ValidatedWork {
  problems: Problem[];
  /** The plan as the public app would load it (features with errors left out), or null when none loads. */
  plan: Plan | null;
  violations: Violation[];
}

export function validateWork(work: FacilityWork, context: WorkContext): ValidatedWork {
  const own = new Set(work.sources.map((source) => source.id));
  const files: LoadedFile[] = [
    loadFile(planFile(work), 'plan'),
    loadFile(violationsFile(work.violations), 'violations'),
    loadFile(sourcesFile(work.sources), 'sources'),
    { file: '(bundled) sources.json', kind: 'sources', records: { sources: context.knownSources.filter((source) => !own.has(source.id)) }, problems: [] },
  ];
  if (context.facility) files.push({ file: '(bundled) facilities.geojson', kind: 'facilities', records: { facilities: [context.facility] }, problems: [] });
  const { dataset, problems } = assembleDataset(files);
  const workFiles = new Set(files.slice(0, 3).map((file) => file.file));
  return {
    problems: problems.filter((problem) => workFiles.has(problem.file)),
    plan: dataset.plans.find((plan) => plan.facilityId === work.facilityId) ?? null,
    violations: dataset.violations,
  };
}
