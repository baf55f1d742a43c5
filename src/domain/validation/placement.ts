/** Cross-file placement: a pinned violation inside its room, a plan drawn near its facility's point. */
import { booleanPointInPolygon, centroid, distance, feature, featureCollection, pointToPolygonDistance } from '@turf/turf';
import { FILE_LEVEL } from '../problems';
import type { Facility, Plan, Violation } from '../types';
import type { Reporter } from './reporter';

/** A pin this close to a wall counts as in the room: rounding, not a misplaced pin. */
const ROOM_EDGE_TOLERANCE_M = 0.05;
const PLAN_MAX_DISTANCE_KM = 1;

export function checkViolationInRoom(violation: Violation, plan: Plan | undefined, reporter: Reporter): void {
  const { location, roomId } = violation;
  const room = plan?.features.find((candidate) => candidate.kind === 'room' && candidate.id === roomId);
  if (!location || !room || room.kind !== 'room') return;
  if (booleanPointInPolygon(location, room.geometry)) return;
  const metres = pointToPolygonDistance(location, room.geometry, { units: 'meters' });
  if (metres <= ROOM_EDGE_TOLERANCE_M) return;
  reporter.error(
    violation.id,
    'violation.outsideRoom',
    `The violation's point lies ${metres.toFixed(1)} m outside its room "${room.id}".`,
    'Move the pin into the room, or fix its roomId.',
  );
}

export function checkPlanNearFacility(plan: Plan, facility: Facility | undefined, reporter: Reporter): void {
  if (!facility?.location || plan.features.length === 0) return;
  const middle = centroid(featureCollection(plan.features.map((planFeature) => feature(planFeature.geometry))));
  const kilometres = distance(middle, facility.location, { units: 'kilometers' });
  if (kilometres <= PLAN_MAX_DISTANCE_KM) return;
  reporter.warning(
    FILE_LEVEL,
    'plan.farFromFacility',
    `The plan lies ${kilometres.toFixed(1)} km from the point of facility "${facility.id}" (more than ${PLAN_MAX_DISTANCE_KM} km).`,
    "Check where the plan was drawn, or the facility's coordinates.",
  );
}
