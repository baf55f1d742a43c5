/** Everything the viewer shows for one facility, derived once from the loaded dataset. */
import { useMemo } from 'react';
import { planToScene } from '../domain/plan3d/planToScene';
import type { PlanScene } from '../domain/plan3d/sceneTypes';
import { violationPins, type ViolationPin } from '../domain/plan3d/violationPins';
import type { Problem } from '../domain/problems';
import type { Facility, Plan, Source, Violation } from '../domain/types';
import { useDatasetStore } from '../store/datasetStore';

export interface FacilityScene {
  facility: Facility | undefined;
  plan: Plan | undefined;
  scene: PlanScene | null;
  violations: Violation[];
  pins: ViolationPin[];
  facilityOnly: Violation[];
  sources: ReadonlyMap<string, Source>;
  /** Problems found in this facility's plan file. */
  problems: Problem[];
}

export function useFacilityScene(facilityId: string): FacilityScene {
  const dataset = useDatasetStore((state) => state.dataset);
  const allProblems = useDatasetStore((state) => state.problems);
  return useMemo(() => {
    const facility = dataset?.facilities.find((item) => item.id === facilityId);
    const plan = dataset?.plans.find((item) => item.facilityId === facilityId);
    const violations = (dataset?.violations ?? []).filter((violation) => violation.facilityId === facilityId);
    const scene = plan ? planToScene(plan, facility) : null;
    const placed = scene ? violationPins(scene, violations) : { pins: [], facilityOnly: violations };
    return {
      facility,
      plan,
      scene,
      violations,
      pins: placed.pins,
      facilityOnly: placed.facilityOnly,
      sources: new Map((dataset?.sources ?? []).map((source) => [source.id, source])),
      problems: allProblems.filter((problem) => problem.file === `plans/${facilityId}.geojson`),
    };
  }, [dataset, allProblems, facilityId]);
}
