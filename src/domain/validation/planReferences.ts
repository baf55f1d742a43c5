/** References inside one plan: a room's building, a fixture's or opening's room. */
import type { PlanFeature } from '../types';
import type { Reporter } from './reporter';

export function checkPlanInternalReferences(features: readonly PlanFeature[], reporter: Reporter): void {
  const idsOf = (kind: PlanFeature['kind']) => new Set(features.filter((feature) => feature.kind === kind).map((feature) => feature.id));
  const buildings = idsOf('building');
  const rooms = idsOf('room');
  for (const feature of features) {
    if (feature.kind === 'room' && !buildings.has(feature.buildingId)) {
      reporter.error(feature.id, 'ref.building', `The room's building "${feature.buildingId}" is not a building in this plan.`);
    }
    if ((feature.kind === 'fixture' || feature.kind === 'opening') && feature.roomId !== undefined && !rooms.has(feature.roomId)) {
      reporter.error(feature.id, 'ref.room', `The ${feature.kind}'s room "${feature.roomId}" is not a room in this plan.`);
    }
  }
}
