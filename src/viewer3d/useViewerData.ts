/** What the viewer shows of a facility's violations: filtered by category and years, pinned, counted by room. */
import { useMemo, useState } from 'react';
import type { ViolationCategory } from '../domain/enums';
import type { RoomBox } from '../domain/plan3d/anchorPins';
import { anchorPins } from '../domain/plan3d/anchorPins';
import { ALL_VIOLATIONS, filterViolations, type ViolationFilter } from '../domain/violationFilter';
import type { FacilityScene } from './useFacilityScene';

export function useViewerData(data: FacilityScene, boxes: ReadonlyMap<string, RoomBox> | null) {
  const [filter, setFilter] = useState<ViolationFilter>(ALL_VIOLATIONS);
  const shown = useMemo(() => filterViolations(data.violations, filter), [data.violations, filter]);
  const shownIds = useMemo(() => new Set(shown.map((violation) => violation.id)), [shown]);
  const pins = useMemo(() => {
    const kept = data.pins.filter((pin) => shownIds.has(pin.violationId));
    return boxes ? anchorPins(kept, boxes) : kept;
  }, [data.pins, shownIds, boxes]);
  const roomViolations = useMemo(() => {
    const byRoom = new Map<string, number>();
    for (const pin of pins) if (pin.roomId) byRoom.set(pin.roomId, (byRoom.get(pin.roomId) ?? 0) + 1);
    return byRoom;
  }, [pins]);
  const facilityOnly = useMemo(() => data.facilityOnly.filter((violation) => shownIds.has(violation.id)), [data.facilityOnly, shownIds]);
  const onSite = useMemo(() => {
    const unroomed = new Set(data.pins.filter((pin) => pin.roomId === null).map((pin) => pin.violationId));
    return data.violations.filter((violation) => unroomed.has(violation.id) && shownIds.has(violation.id));
  }, [data.pins, data.violations, shownIds]);
  const present = useMemo(() => new Set<ViolationCategory>(data.violations.map((violation) => violation.category)), [data.violations]);
  const inRoom = (roomId: string) => shown.filter((violation) => pins.some((pin) => pin.violationId === violation.id && pin.roomId === roomId));
  return { filter, setFilter, shown, pins, roomViolations, facilityOnly, onSite, present, inRoom };
}
