/**
 * The order a survivor walks a plan's rooms: as one would enter — guard post and offices, the corridor,
 * interrogation rooms, then the cells — west to east along the building, ground level first.
 */
import { interiorPoint } from '../plan3d/interiorPoint';
import { localProjection } from '../plan3d/localFrame';
import type { Plan, RoomPlanFeature } from '../types';

const USE_ORDER: RoomPlanFeature['use'][] = ['guard_post', 'office', 'corridor', 'interrogation', 'cell', 'toilet', 'kitchen', 'storage', 'yard', 'other'];

export function walkRoute(plan: Plan): string[] {
  const rooms = plan.features.filter((feature): feature is RoomPlanFeature => feature.kind === 'room');
  const first = rooms[0]?.geometry.coordinates[0]?.[0];
  if (!first) return [];
  const projection = localProjection({ origin: [first[0] ?? 0, first[1] ?? 0] });
  const placed = rooms.map((room) => ({
    room,
    at: interiorPoint(room.geometry.coordinates.map((ring) => ring.map((position) => projection.toLocal(position)))),
  }));
  placed.sort(
    (a, b) =>
      a.room.level - b.room.level ||
      USE_ORDER.indexOf(a.room.use) - USE_ORDER.indexOf(b.room.use) ||
      a.at[0] - b.at[0] ||
      a.at[1] - b.at[1] ||
      a.room.id.localeCompare(b.room.id),
  );
  return placed.map(({ room }) => room.id);
}
