/**
 * The walk-through: the camera moves to each room in turn, the room is highlighted and named, and the survivor
 * answers. Every change is written to this browser's storage before the next room is shown; a reload resumes at
 * the same room. A finished session is locked: later notes are addenda.
 */
import i18next from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterviewSession } from '../domain/interview/sessionTypes';
import { currentRoom, latestAnswers, markMissing, progress } from '../domain/interview/sessionMachine';
import { planToScene } from '../domain/plan3d/planToScene';
import type { Dataset } from '../domain/types';
import type { InterviewStorage } from '../persistence/interviewStorage';
import { SceneCanvas } from '../viewer3d/SceneCanvas';
import '../viewer3d/viewer.css';
import { FinishedSession } from './FinishedSession';
import { WalkControls } from './WalkControls';

const NO_PINS: never[] = [];

export function InterviewWalk({ sessionId, dataset, storage, onLeave }: { sessionId: string; dataset: Dataset; storage: InterviewStorage; onLeave: () => void }) {
  const { t, i18n } = useTranslation();
  const [session, setSession] = useState<InterviewSession | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [marking, setMarking] = useState(false);
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
  const room = plan?.features.find((feature) => feature.id === roomId);
  const roomName = room ? (i18n.language === 'ko' && room.name.ko) || room.name.en : '';
  const done = progress(session);
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
            if (!marking || !point || session.status === 'finished') return;
            // "Something is missing here": the spot touched on the model, with the interviewer's note.
            void commit(markMissing(session, { roomId: pickedRoom, point, note }, new Date().toISOString())).then((saved) => {
              if (saved) {
                setMarking(false);
                setNote('');
              }
            });
          }}
          onPickViolation={() => undefined}
        />
      </div>
      <section className="interview-panel" aria-live="polite">
        <p className="interview-progress">{t('interview.progress', { position: done.position + 1, total: done.total, answered: done.answered })}</p>
        <h2 className="interview-room">{roomName || roomId}</h2>
        {previous && <p className="interview-previous">{t('interview.previousAnswer', { answer: t(`interview.answer.${previous.answer}`) })}</p>}
        {session.status !== 'finished' && done.answered === done.total && (
          <p role="status" className="interview-all-answered">
            {t('interview.allAnswered')}
          </p>
        )}
        {problem && <p role="alert">{problem}</p>}
        {session.status === 'finished' ? (
          <FinishedSession session={session} onCommit={commit} />
        ) : (
          <WalkControls session={session} busy={busy} note={note} setNote={setNote} marking={marking} setMarking={setMarking} onCommit={commit} />
        )}
        <button type="button" className="interview-leave" onClick={onLeave}>
          {t('interview.leave')}
        </button>
      </section>
    </main>
  );
}
