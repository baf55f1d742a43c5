/**
 * The workbench's table of what interviews said of each room, as plain rows: the rooms of the work and of the
 * published plan (the work's own version first), the counts of yes, no and not sure about the plan as it is now,
 * the answers about earlier versions counted apart, and whether "mark corroborated" may be offered (two or more
 * interviews confirmed it, the room is in the work, and it is not corroborated yet).
 */
import { canCorroborate, type RoomCorroboration } from '../interview/corroboration';
import type { PlanFeature } from '../types';
import type { FacilityWork } from './workTypes';

export interface CorroborationRow {
  room: PlanFeature;
  yes: number;
  no: number;
  unsure: number;
  /** Answers about earlier versions of the plan, shown apart and never counted above. */
  earlier: number;
  notes: RoomCorroboration['notes'];
  earlierNotes: RoomCorroboration['notes'];
  corroborated: boolean;
  /** The interviews that confirmed the room, when marking it corroborated may be offered; null otherwise. */
  canMarkWith: string[] | null;
}

export function corroborationRows(work: FacilityWork, published: readonly PlanFeature[], counts: ReadonlyMap<string, RoomCorroboration>): CorroborationRow[] {
  const own = new Set(work.features.map((feature) => feature.id));
  const rooms = [...work.features, ...published.filter((feature) => !own.has(feature.id))].filter((feature) => feature.kind === 'room');
  return rooms.map((room) => {
    const entry = counts.get(room.id);
    const corroborated = room.confidence === 'corroborated';
    return {
      room,
      yes: entry?.yes.length ?? 0,
      no: entry?.no.length ?? 0,
      unsure: entry?.unsure.length ?? 0,
      earlier: entry ? entry.earlier.yes.length + entry.earlier.no.length + entry.earlier.unsure.length : 0,
      notes: entry?.notes.filter((note) => note.note) ?? [],
      earlierNotes: entry?.earlier.notes.filter((note) => note.note) ?? [],
      corroborated,
      canMarkWith: !corroborated && entry && canCorroborate(entry) && own.has(room.id) ? entry.yes : null,
    };
  });
}
