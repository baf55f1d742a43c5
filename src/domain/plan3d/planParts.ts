/**
 * The plan's elements other than rooms — the site, buildings, openings and fixtures — as one list, so the viewer
 * can say what each rests on (its confidence, basis and sources) as it does for rooms.
 */
import type { FixtureType, OpeningType } from '../enums';
import type { PlanScene, Provenance } from './sceneTypes';

export type PlanPart =
  | { kind: 'site' | 'building'; element: Provenance }
  | { kind: 'opening'; type: OpeningType; roomId?: string; element: Provenance }
  | { kind: 'fixture'; type: FixtureType; roomId: string; element: Provenance };

/** Site outlines, then buildings, openings and fixtures, each in the plan's order. */
export function planParts(scene: PlanScene): PlanPart[] {
  return [
    ...scene.site.map((element): PlanPart => ({ kind: 'site', element })),
    ...scene.buildings.map((element): PlanPart => ({ kind: 'building', element })),
    ...scene.openings.map((element): PlanPart =>
      element.roomId === undefined
        ? { kind: 'opening', type: element.openingType, element }
        : { kind: 'opening', type: element.openingType, roomId: element.roomId, element },
    ),
    ...scene.fixtures.map((element): PlanPart => ({ kind: 'fixture', type: element.fixtureType, roomId: element.roomId, element })),
  ];
}
