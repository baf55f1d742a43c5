/**
 * The guided tour of a facility (like a Sketchfab model's annotations): an overview, then each room in the order
 * a person walks in (walkRoute) with the violations documented in it right after it, then the violations no room
 * holds. Pure: the viewer moves the camera and writes the captions.
 */

export type TourStop =
  | { kind: 'overview' }
  | { kind: 'room'; roomId: string; violationIds: string[] }
  /** roomId null: documented at the facility, or placed on the site outside every room. */
  | { kind: 'violation'; violationId: string; roomId: string | null };

export interface TourViolation {
  id: string;
  /** The room the violation is pinned in, or null. */
  roomId: string | null;
  /** The start of its date ("2019", "2019-01"), when known. */
  from?: string;
}

/** Earliest first, undated last, then by id so the order is stable. */
function byDate(a: TourViolation, b: TourViolation): number {
  if (a.from !== b.from) {
    if (a.from === undefined) return 1;
    if (b.from === undefined) return -1;
    return a.from < b.from ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * @param route  room ids in walking order (rooms it leaves out follow in `roomIds` order; ids not in `roomIds` are
 *               dropped)
 * @param roomIds the rooms the viewer draws
 * @param violations the violations shown (a room id the viewer does not draw counts as none)
 */
export function tourStops(route: readonly string[], roomIds: readonly string[], violations: readonly TourViolation[]): TourStop[] {
  const drawn = new Set(roomIds);
  const order = [...new Set([...route.filter((id) => drawn.has(id)), ...roomIds])];
  const inRoom = new Map<string, TourViolation[]>();
  const elsewhere: TourViolation[] = [];
  for (const violation of violations) {
    const here = violation.roomId !== null && drawn.has(violation.roomId) ? inRoom.get(violation.roomId) : undefined;
    if (here) here.push(violation);
    else if (violation.roomId !== null && drawn.has(violation.roomId)) inRoom.set(violation.roomId, [violation]);
    else elsewhere.push(violation);
  }
  const stops: TourStop[] = [{ kind: 'overview' }];
  for (const roomId of order) {
    const here = [...(inRoom.get(roomId) ?? [])].sort(byDate);
    stops.push({ kind: 'room', roomId, violationIds: here.map((violation) => violation.id) });
    for (const violation of here) stops.push({ kind: 'violation', violationId: violation.id, roomId });
  }
  for (const violation of [...elsewhere].sort(byDate)) stops.push({ kind: 'violation', violationId: violation.id, roomId: null });
  return stops;
}

/** The room a stop shows (null: the whole facility). */
export function stopRoom(stop: TourStop): string | null {
  return stop.kind === 'overview' ? null : stop.roomId;
}
