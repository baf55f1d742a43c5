/**
 * What the viewer shows of a facility's violations: filtered by category and years, each pin given its room once
 * (domain/evidence/roomIndex), stacks of many pins drawn as one count marker, counted and listed by room by lookup.
 */
import { useCallback, useMemo, useState } from 'react';
import type { ViolationCategory } from '../domain/enums';
import { roomIndex } from '../domain/evidence/roomIndex';
import type { RoomBox } from '../domain/plan3d/anchorPins';
import { anchorPins } from '../domain/plan3d/anchorPins';
import { countMarkers, OPEN_ROOM_PIN_LIMIT } from '../domain/plan3d/countMarkers';
import type { Violation } from '../domain/types';
import { ALL_VIOLATIONS, filterViolations, type ViolationFilter } from '../domain/violationFilter';
import type { FacilityScene } from './useFacilityScene';

/**
 * @param openRoom the selected room: its pins are drawn one by one whatever their number
 */
export function useViewerData(data: FacilityScene, boxes: ReadonlyMap<string, RoomBox> | null, openRoom: string | null = null) {
  const [filter, setFilter] = useState<ViolationFilter>(ALL_VIOLATIONS);
  /** Every pin drawn, no count markers: the reader's choice. */
  const [everyPin, setEveryPin] = useState(false);
  /** A room whose pins, more than OPEN_ROOM_PIN_LIMIT, the reader asked to see. */
  const [pinsAsked, setPinsAsked] = useState<string | null>(null);
  const shown = useMemo(() => filterViolations(data.violations, filter), [data.violations, filter]);
  const byId = useMemo(() => new Map(shown.map((violation) => [violation.id, violation])), [shown]);
  const index = useMemo(
    () => roomIndex(data.scene?.rooms ?? [], data.pins.filter((pin) => byId.has(pin.violationId))),
    [data.scene, data.pins, byId],
  );
  const pins = useMemo(() => (boxes ? anchorPins(index.pins, boxes) : index.pins), [index, boxes]);
  const openLimit = pinsAsked !== null && pinsAsked === openRoom ? Infinity : OPEN_ROOM_PIN_LIMIT;
  const drawn = useMemo(
    () => (everyPin ? { pins, markers: [] } : countMarkers(pins, data.scene?.rooms ?? [], { open: openRoom, openLimit })),
    [pins, data.scene, everyPin, openRoom, openLimit],
  );
  /** The open room, when its pins stay one marker until asked for. */
  const pinsHeld = openRoom !== null && drawn.markers.some((marker) => marker.roomId === openRoom) ? openRoom : null;
  const records = useCallback((ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []), [byId]);
  const facilityOnly = useMemo(() => data.facilityOnly.filter((violation) => byId.has(violation.id)), [data.facilityOnly, byId]);
  const onSite = useMemo(() => records(index.unroomed), [records, index]);
  const present = useMemo(() => new Set<ViolationCategory>(data.violations.map((violation) => violation.category)), [data.violations]);
  const inRoom = useCallback((roomId: string): Violation[] => records(index.byRoom.get(roomId) ?? []), [records, index]);
  return { filter, setFilter, everyPin, setEveryPin, shown, pins, drawnPins: drawn.pins, markers: drawn.markers, roomViolations: index.counts, facilityOnly, onSite, present, inRoom, pinsHeld, showPins: setPinsAsked };
}
