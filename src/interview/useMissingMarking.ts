/**
 * Marking "something is missing here" in two steps: where (a touch on the model, or the keyboard's marker placed
 * with Enter), then what (a note, required: a mark without one says nothing). Only then is the mark recorded.
 */
import { useState } from 'react';
import { lonLatOf, placeOnGround } from '../domain/interview/missingPlace';
import { markMissing } from '../domain/interview/sessionMachine';
import type { InterviewSession, MissingMark } from '../domain/interview/sessionTypes';
import type { LocalPoint, PlanScene } from '../domain/plan3d/sceneTypes';

type Place = Pick<MissingMark, 'roomId' | 'point'>;

interface Options {
  session: InterviewSession;
  scene: PlanScene;
  roomId: string | undefined;
  busy: boolean;
  commit: (next: InterviewSession) => Promise<boolean>;
}

export function useMissingMarking({ session, scene, roomId, busy, commit }: Options) {
  /** The keyboard's marker while a place is being marked; null otherwise. */
  const [marker, setMarker] = useState<LocalPoint | null>(null);
  /** The place chosen, waiting for its note. */
  const [chosen, setChosen] = useState<Place | null>(null);
  // Marks are made only in a running session (not paused, not finished).
  const running = session.status === 'in_progress';

  const cancel = () => {
    setMarker(null);
    setChosen(null);
  };
  const choose = (place: Place) => {
    if (!marker) return;
    setMarker([place.point[0], place.point[1]]);
    setChosen(place);
  };
  return {
    marker: running ? marker : null,
    step: !running || !marker ? ('idle' as const) : chosen ? ('what' as const) : ('where' as const),
    /** The marker moved: a place chosen before is chosen again where it stops. */
    move: (point: LocalPoint) => {
      setChosen(null);
      setMarker(point);
    },
    start: () => {
      cancel();
      setMarker(scene.rooms.find((shape) => shape.id === roomId)?.interior ?? [0, 0]);
    },
    /** A touch on a room's floor or the ground: the place is chosen there. */
    choose,
    /** The keyboard's marker placed where it stands. */
    chooseAtMarker: (at: LocalPoint | null = marker) => at && choose(placeOnGround(scene, at)),
    reposition: () => setChosen(null),
    cancel,
    /**
     * Records the chosen place with its note; false (nothing recorded) when the note is empty. One at a time: a
     * second record while the first is being saved would take the same mark id.
     */
    record: (note: string) => {
      if (!note.trim()) return false;
      if (!chosen || busy) return true;
      void commit(markMissing(session, { ...chosen, lonLat: lonLatOf(scene, chosen.point), note: note.trim() }, new Date().toISOString())).then((saved) => saved && cancel());
      return true;
    },
  };
}

export type MissingMarking = ReturnType<typeof useMissingMarking>;
