/**
 * The walk-through: the camera moves to each room in turn, the room is highlighted and named, and the survivor
 * answers. Every change is written to this browser's storage before the next room is shown; a reload resumes at
 * the same room. A finished session is locked: later notes are addenda.
 */
import i18next from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeOnGround } from '../domain/interview/missingPlace';
import type { InterviewSession } from '../domain/interview/sessionTypes';
import { currentRoom, latestAnswers, progress } from '../domain/interview/sessionMachine';
import { planToScene } from '../domain/plan3d/planToScene';
import type { PlanScene } from '../domain/plan3d/sceneTypes';
import type { Dataset, Plan } from '../domain/types';
import type { InterviewStorage } from '../persistence/interviewStorage';
import { SceneCanvas } from '../viewer3d/SceneCanvas';
import '../viewer3d/viewer.css';
import { FinishControls } from './FinishControls';
import { FinishedSession } from './FinishedSession';
import { FullscreenButton } from './FullscreenButton';
import { MissingControls, MissingList } from './MissingControls';
import { MissingPlaces } from './MissingPlaces';
import { roomNamer } from './roomNames';
import { useMissingMarking } from './useMissingMarking';
import { WalkControls } from './WalkControls';

const NO_PINS: never[] = [];

export function InterviewWalk({ sessionId, dataset, storage, onLeave }: { sessionId: string; dataset: Dataset; storage: InterviewStorage; onLeave: () => void }) {
  const { t } = useTranslation();
  const [session, setSession] = useState<InterviewSession | null | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);

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
  if (session === null || !scene || !plan) return <p role="alert">{t('interview.notFound')}</p>;
  return <SessionWalk session={session} setSession={setSession} plan={plan} scene={scene} storage={storage} onLeave={onLeave} />;
}

interface WalkProps {
  session: InterviewSession;
  setSession: (session: InterviewSession) => void;
  plan: Plan;
  scene: PlanScene;
  storage: InterviewStorage;
  onLeave: () => void;
}

function SessionWalk({ session, setSession, plan, scene, storage, onLeave }: WalkProps) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

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
  const marking = useMissingMarking({ session, scene, roomId, busy, commit });
  const roomName = roomNamer(plan.features, i18n.language);
  const done = progress(session);
  const open = session.status !== 'finished';
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
            // "Something is missing here": the spot touched on a room's floor.
            if (marking.marker && point) marking.choose({ roomId: pickedRoom, point });
          }}
          onPickViolation={() => undefined}
        >
          <MissingPlaces scene={scene} marks={session.missing} marker={marking.marker} onMoveMarker={marking.move} onPlaceAt={(at) => marking.choose(placeOnGround(scene, at))} onCancel={marking.cancel} />
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
            <WalkControls session={session} busy={busy} onCommit={commit}>
              <MissingControls marking={marking} busy={busy} />
            </WalkControls>
            <MissingList marks={session.missing} roomName={roomName} />
            <FinishControls session={session} busy={busy} roomName={roomName} onCommit={commit} />
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
