/**
 * Loaded files → one Dataset, with the checks that need several files: references, violations inside their
 * rooms, plans near their facilities, one plan per facility, facilities inside the country and their province.
 */
import { FILE_LEVEL, type Problem } from '../problems';
import type { Dataset } from '../types';
import { checkFacilityPlace } from '../validation/facilityPlace';
import { checkPlanNearFacility, checkViolationInRoom } from '../validation/placement';
import { checkFacilityReferences, checkPlanReferences, checkViolationReferences, type ReferenceTargets } from '../validation/references';
import { createReporter, type Reporter } from '../validation/reporter';
import type { FileKind } from './fileKinds';
import type { LoadedFile, LoadOptions, LoadResult } from './loadTypes';

export function assembleDataset(files: readonly LoadedFile[], options: LoadOptions = {}): LoadResult {
  const problems: Problem[] = files.flatMap((file) => file.problems);
  const reporters = new Map<string, Reporter>();
  const reporterFor = (file: string): Reporter => {
    const reporter = reporters.get(file) ?? createReporter(file, problems);
    reporters.set(file, reporter);
    return reporter;
  };
  const { dataset, origin } = mergeRecords(files, reporterFor);
  const report = (record: object) => reporterFor(origin.get(record) ?? FILE_LEVEL);
  const has = (kind: FileKind) => files.some((file) => file.kind === kind);
  if (!has('provinces')) dataset.provinces = [...(options.fallbackProvinces ?? [])];
  const facilities = new Map(dataset.facilities.map((facility) => [facility.id, facility]));
  const targets: ReferenceTargets = {
    sourceIds: has('sources') ? new Set(dataset.sources.map((source) => source.id)) : null,
    facilities: has('facilities') ? facilities : null,
    plansByFacility: new Map(dataset.plans.map((plan) => [plan.facilityId, plan])),
  };
  for (const facility of dataset.facilities) {
    checkFacilityReferences(facility, targets, report(facility));
    checkFacilityPlace(facility, dataset.provinces, report(facility));
  }
  for (const violation of dataset.violations) {
    checkViolationReferences(violation, targets, report(violation));
    checkViolationInRoom(violation, targets.plansByFacility.get(violation.facilityId), report(violation));
  }
  for (const plan of dataset.plans) {
    checkPlanReferences(plan, targets, report(plan));
    checkPlanNearFacility(plan, facilities.get(plan.facilityId), report(plan));
  }
  return { dataset, problems };
}

/** Concatenates the files' records, remembering each record's file so later problems name it. */
function mergeRecords(files: readonly LoadedFile[], reporterFor: (file: string) => Reporter) {
  const dataset: Dataset = { facilities: [], sources: [], violations: [], provinces: [], plans: [] };
  const origin = new Map<object, string>();
  for (const { file, records } of files) {
    for (const plan of records.plans ?? []) {
      // A second plan for one facility would make its rooms ambiguous: the first one loaded wins.
      if (dataset.plans.some((loaded) => loaded.facilityId === plan.facilityId)) {
        reporterFor(file).error(FILE_LEVEL, 'id.duplicate', `Another plan is already loaded for facility "${plan.facilityId}"; this one was not loaded.`);
      } else {
        dataset.plans.push(plan);
      }
    }
    dataset.facilities.push(...(records.facilities ?? []));
    dataset.sources.push(...(records.sources ?? []));
    dataset.violations.push(...(records.violations ?? []));
    dataset.provinces.push(...(records.provinces ?? []));
    if (records.register && !dataset.register) dataset.register = records.register;
    for (const record of [...(records.facilities ?? []), ...(records.violations ?? []), ...(records.plans ?? [])]) origin.set(record, file);
  }
  return { dataset, origin };
}
