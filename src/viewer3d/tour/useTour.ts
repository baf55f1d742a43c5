/**
 * The guided tour's state: its stops (domain/tour), the stop shown, and what showing a stop does — the camera
 * frames its room (or the whole facility), and a violation's record opens beside the model.
 */
import { useMemo, useState } from 'react';
import { walkRoute } from '../../domain/interview/walkRoute';
import type { ViolationPin } from '../../domain/plan3d/violationPins';
import type { PlanScene } from '../../domain/plan3d/sceneTypes';
import { stopRoom, tourStops, type TourStop } from '../../domain/tour/tourStops';
import type { Plan, Violation } from '../../domain/types';

interface Inputs {
  plan: Plan | undefined;
  scene: PlanScene | null;
  /** The violations the viewer shows (after its filter), and where their pins stand. */
  violations: readonly Violation[];
  pins: readonly ViolationPin[];
  /** Shows a stop: the room to select (null: none) and the violation to open (null: none). */
  show: (roomId: string | null, violationId: string | null) => void;
  /** Back to the whole facility (the overview stop). */
  goHome: () => void;
}

export interface Tour {
  stops: TourStop[];
  /** The stop shown, or null when the tour is not running. */
  index: number | null;
  start: () => void;
  go: (index: number) => void;
  end: () => void;
}

export function useTour({ plan, scene, violations, pins, show, goHome }: Inputs): Tour {
  const [index, setIndex] = useState<number | null>(null);
  const stops = useMemo(() => {
    if (!plan || !scene) return [];
    const pinned = new Map(pins.map((pin) => [pin.violationId, pin.roomId]));
    return tourStops(
      walkRoute(plan),
      scene.rooms.map((room) => room.id),
      violations.map((violation) => ({ id: violation.id, roomId: pinned.get(violation.id) ?? null, from: violation.date.from })),
    );
  }, [plan, scene, violations, pins]);

  const go = (next: number) => {
    const stop = stops[next];
    if (!stop) return;
    setIndex(next);
    show(stopRoom(stop), stop.kind === 'violation' ? stop.violationId : null);
    if (stop.kind === 'overview') goHome();
  };
  return {
    stops,
    index: index !== null && index < stops.length ? index : null,
    start: () => go(0),
    go,
    end: () => setIndex(null),
  };
}
