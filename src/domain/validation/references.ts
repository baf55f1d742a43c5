/**
 * References between files: sourceId → sources.json, facilityId → facilities.geojson, a violation's roomId → a
 * room in its facility's plan. A target file missing from the dataset means "not checked", not "dangling".
 */
import type { Facility, Plan, SourceRef, Violation } from '../types';
import { FILE_LEVEL } from '../problems';
import type { Reporter } from './reporter';

export interface ReferenceTargets {
  /** Null when the dataset has no sources.json. */
  sourceIds: ReadonlySet<string> | null;
  /** Null when the dataset has no facilities.geojson. */
  facilities: ReadonlyMap<string, Facility> | null;
  plansByFacility: ReadonlyMap<string, Plan>;
}

export function checkSourceRefs(recordId: string, refs: readonly SourceRef[], targets: ReferenceTargets, reporter: Reporter): void {
  const { sourceIds } = targets;
  if (!sourceIds) return;
  for (const ref of refs) {
    if (!sourceIds.has(ref.sourceId)) {
      reporter.error(recordId, 'ref.source', `Source "${ref.sourceId}" is not in sources.json.`, 'Add the source to sources.json, or fix the sourceId.');
    }
  }
}

/** A facility's sources, and the source that confirms (or does not confirm) its site. */
export function checkFacilityReferences(facility: Facility, targets: ReferenceTargets, reporter: Reporter): void {
  const confirmedBy = facility.confirmation?.sourceId;
  checkSourceRefs(facility.id, confirmedBy === undefined ? facility.sources : [...facility.sources, { sourceId: confirmedBy }], targets, reporter);
}

export function checkViolationReferences(violation: Violation, targets: ReferenceTargets, reporter: Reporter): void {
  checkSourceRefs(violation.id, violation.sources, targets, reporter);
  if (targets.facilities && !targets.facilities.has(violation.facilityId)) {
    reporter.error(violation.id, 'ref.facility', `Facility "${violation.facilityId}" is not in facilities.geojson.`);
  }
  const plan = targets.plansByFacility.get(violation.facilityId);
  // Without a plan the room may live in a hand-made model, whose room ids this loader cannot see.
  if (plan && violation.roomId !== undefined && !plan.features.some((feature) => feature.kind === 'room' && feature.id === violation.roomId)) {
    reporter.error(violation.id, 'ref.room', `Room "${violation.roomId}" is not a room in the plan of facility "${violation.facilityId}".`);
  }
}

export function checkPlanReferences(plan: Plan, targets: ReferenceTargets, reporter: Reporter): void {
  if (targets.facilities && !targets.facilities.has(plan.facilityId)) {
    reporter.error(FILE_LEVEL, 'ref.facility', `The plan's facility "${plan.facilityId}" is not in facilities.geojson.`);
  }
  for (const feature of plan.features) checkSourceRefs(feature.id, feature.sources, targets, reporter);
}
