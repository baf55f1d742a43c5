/**
 * The survivor's three answers as large buttons, the interviewer's note, and moving through the rooms: back,
 * skip, pause and resume, finish. Keyboard: 1, 2, 3 answer when the note is not focused.
 */
import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { answerRoom, finishSession, goBack, pauseSession, resumeSession, skipRoom } from '../domain/interview/sessionMachine';
import type { Answer, InterviewSession } from '../domain/interview/sessionTypes';

const ANSWERS: Answer[] = ['yes', 'no', 'unsure'];

interface Props {
  session: InterviewSession;
  busy: boolean;
  note: string;
  setNote: (note: string) => void;
  onCommit: (next: InterviewSession) => Promise<boolean>;
  /** Shown under the note (marking a missing place), not while paused. */
  children?: ReactNode;
}

export function WalkControls({ session, busy, note, setNote, onCommit, children }: Props) {
  const { t } = useTranslation();
  const now = () => new Date().toISOString();
  const answer = async (value: Answer) => {
    if (await onCommit(answerRoom(session, value, note, now()))) setNote('');
  };
  // The key handler reads the state of the last committed render. Updated before the browser can dispatch the next
  // event (a passive effect would leave a stale, still-busy handler in place and drop a quick key press).
  const latest = useRef({ busy, answer });
  useLayoutEffect(() => {
    latest.current = { busy, answer };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (latest.current.busy || (event.target instanceof HTMLElement && ['TEXTAREA', 'INPUT'].includes(event.target.tagName))) return;
      const value = ANSWERS[Number(event.key) - 1];
      if (value) void latest.current.answer(value);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (session.status === 'paused') {
    return (
      <div className="walk-controls">
        <p>{t('interview.paused')}</p>
        <button type="button" className="big" disabled={busy} onClick={() => void onCommit(resumeSession(session, now()))}>
          {t('interview.resume')}
        </button>
      </div>
    );
  }
  return (
    <div className="walk-controls">
      <div className="answers" role="group" aria-label={t('interview.answers')}>
        {ANSWERS.map((value, index) => (
          <button key={value} type="button" className={`big answer-${value}`} disabled={busy} onClick={() => void answer(value)} aria-keyshortcuts={String(index + 1)}>
            {t(`interview.answer.${value}`)}
          </button>
        ))}
      </div>
      <label className="interview-note">
        {t('interview.note')}
        <textarea value={note} rows={3} onChange={(event) => setNote(event.target.value)} />
      </label>
      {children}
      <div className="walk-moves">
        <button type="button" disabled={busy || session.position === 0} onClick={() => void onCommit(goBack(session, now()))}>
          {t('interview.back')}
        </button>
        <button type="button" disabled={busy} onClick={() => void onCommit(skipRoom(session, now()))}>
          {t('interview.skip')}
        </button>
        <button type="button" disabled={busy} onClick={() => void onCommit(pauseSession(session, now()))}>
          {t('interview.pause')}
        </button>
        <button type="button" disabled={busy} onClick={() => window.confirm(t('interview.finishConfirm')) && void onCommit(finishSession(session, now()))}>
          {t('interview.finish')}
        </button>
      </div>
    </div>
  );
}
