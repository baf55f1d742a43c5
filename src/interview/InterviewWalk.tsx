/**
 * The walk-through: the camera moves to each room in turn, the room is highlighted and named, and the survivor
 * answers. Every change is written to this browser's storage before the next room is shown; a reload resumes at
 * the same room. A finished session is locked: later notes are addenda.
 */
import i18next from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lonLatOf, placeOnGround } from '../domain/interview/missingPlace';
import type { InterviewSession, MissingMark } from '../domain/interview/sessionTypes';
import { currentRoom, latestAnswers, markMissing, progress } from '../domain/interview/sessionMachine';
import { planToScene } from '../domain/plan3d/planToScene';
import type { LocalPoint } from '../domain/plan3d/sceneTypes';
import type { Dataset } from '../domain/types';
import type { InterviewStorage } from '../persistence/interviewStorage';
import { SceneCanvas } from '../viewer3d/SceneCanvas';
import '../viewer3d/viewer.css';
import { FinishedSession } from './FinishedSession';
import { FullscreenButton } from './FullscreenButton';
import { MissingControls, MissingList } from './MissingControls';
import { MissingPlaces } from './MissingPlaces';
import { roomNamer } from './roomNames';
import { WalkControls } from './WalkControls';

const NO_PINS: never[] = [];

export function InterviewWalk({ sessionId, dataset, storage, onLeave }: { sessionId: string; dataset: Dataset; storage: InterviewStorage; onLeave: () => void }) {
  const { t, i18n } = useTranslation();
  const [session, setSession] = useState<InterviewSession | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  /** The keyboard's marker while a missing place is being marked; null otherwise. */
  const [marker, setMarker] = useState<LocalPoint | null>(null);
  const [note, setNote] = useState('');

  useEffect(() => {
    void storage.loadSession(sessionId).then(
      (loaded) => {
        setSession(loaded);
        if (loaded) void i18next.changeLanguage(loaded.language);
      },
      (error: Error) => setProblem(error.message),
    );
  }, [storage, sessionId]);

  const plan = dataset.plans.find((item) => item.facilityId === session?.facilityId);
  const facility = dataset.facilities.find((item) => item.id === session?.facilityId);
  const scene = useMemo(() => (plan ? planToScene(plan, facility) : null), [plan, facility]);

  if (session === undefined) return <p role="status">{problem ?? t('interview.opening')}</p>;
  if (session === null || !scene) return <p role="alert">{t('interview.notFound')}</p>;

  /** Saves first; only a committed session is shown, so nothing on screen is ahead of what is stored. */
  const commit = async (next: InterviewSession) => {
    setBusy(true);
    try {
      await storage.saveSession(next);
      setSession(next);
      setProblem(null);
      return true;
    } catch (error) {
      setProblem(t('interview.saveFailed', { message: error instanceof Error ? error.message : String(error) }));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const roomId = currentRoom(session);
  const roomName = roomNamer(plan?.features, i18n.language);
  const done = progress(session);
  const open = session.status !== 'finished';
  // Marks are made only in a running session (not paused, not finished), and one at a time: a second touch while
  // the first is being saved would take the same mark id.
  const marking = session.status === 'in_progress';
  /** Records a missing place with the note; marking ends once it is saved. */
  const place = (mark: Pick<MissingMark, 'roomId' | 'point'>) => {
    if (!marking || busy) return;
    void commit(markMissing(session, { ...mark, lonLat: lonLatOf(scene, mark.point), note }, new Date().toISOString())).then((saved) => {
      if (saved) {
        setMarker(null);
        setNote('');
      }
    });
  };
  const startMarking = () => setMarker(scene.rooms.find((shape) => shape.id === roomId)?.interior ?? [0, 0]);
  const previous = roomId ? latestAnswers(session).get(roomId) : undefined;

  return (
    <main className="interview-walk">
      <div className="interview-stage">
        <SceneCanvas
          scene={scene}
          model={null}
          pins={NO_PINS}
          mode="orbit"
          selectedRoom={roomId ?? null}
          focusRoom={roomId ?? null}
          onSelectRoom={(pickedRoom, point) => {
            // "Something is missing here": the spot touched on a room's floor, with the interviewer's note.
            if (marker && point) place({ roomId: pickedRoom, point });
          }}
          onPickViolation={() => undefined}
        >
          <MissingPlaces scene={scene} marks={session.missing} marker={marking ? marker : null} onMoveMarker={setMarker} onPlaceAt={(at) => place(placeOnGround(scene, at))} onCancel={() => setMarker(null)} />
        </SceneCanvas>
      </div>
      <section className="interview-panel" aria-live="polite">
        <div className="interview-panel-top">
          <p className="interview-progress">{t('interview.progress', { position: done.position + 1, total: done.total, answered: done.answered })}</p>
          <FullscreenButton />
        </div>
        <h2 className="interview-room">{roomId ? roomName(roomId) : ''}</h2>
        {previous && <p className="interview-previous">{t('interview.previousAnswer', { answer: t(`interview.answer.${previous.answer}`) })}</p>}
        {open && done.answered === done.total && (
          <p role="status" className="interview-all-answered">
            {t('interview.allAnswered')}
          </p>
        )}
        {problem && <p role="alert">{problem}</p>}
        {open ? (
          <>
            <WalkControls session={session} busy={busy} note={note} setNote={setNote} onCommit={commit}>
              <MissingControls marking={marker !== null} busy={busy} onStart={startMarking} onPlace={() => marker && place(placeOnGround(scene, marker))} onCancel={() => setMarker(null)} />
            </WalkControls>
            <MissingList marks={session.missing} roomName={roomName} />
          </>
        ) : (
          <FinishedSession session={session} roomName={roomName} onCommit={commit} />
        )}
        <button type="button" className="interview-leave" onClick={onLeave}>
          {t('interview.leave')}
        </button>
      </section>
    </main>
  );
}
