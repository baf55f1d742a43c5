/**
 * The survivor's three answers as large buttons, the interviewer's note, and moving through the rooms: back,
 * skip, pause and resume. Keyboard: 1, 2, 3 answer when the note is not focused. After "no" the walk waits on the
 * room: the note opens with the focus in it, and "Next" (or Ctrl+Enter) keeps it with the answer and moves on.
 */
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { answerRoom, currentRoom, goBack, moveOn, pauseSession, resumeSession, skipRoom } from '../domain/interview/sessionMachine';
import type { Answer, InterviewSession } from '../domain/interview/sessionTypes';

const ANSWERS: Answer[] = ['yes', 'no', 'unsure'];

interface Props {
  session: InterviewSession;
  busy: boolean;
  onCommit: (next: InterviewSession) => Promise<boolean>;
  /** Shown under the note (marking a missing place), not while paused. */
  children?: ReactNode;
}

export function WalkControls({ session, busy, onCommit, children }: Props) {
  const { t } = useTranslation();
  // Kept here, not in the walk: typing a note redraws these controls, never the 3D scene.
  const [note, setNote] = useState('');
  const noteField = useRef<HTMLTextAreaElement>(null);
  const awaiting = session.awaitingNote !== undefined && session.awaitingNote === currentRoom(session);
  const now = () => new Date().toISOString();
  const answer = async (value: Answer) => {
    // After "no" the note stays: it is what the interviewer goes on writing before "Next".
    if ((await onCommit(answerRoom(session, value, note, now()))) && value !== 'no') setNote('');
  };
  const next = async () => {
    if (!(await onCommit(moveOn(session, note, now())))) return;
    setNote('');
    // The keys 1, 2, 3 answer again for the next room: they are ignored while the note has the focus.
    noteField.current?.blur();
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
  // Waiting for the note (just after "no", or on reopening a session that was): the note has the focus.
  useEffect(() => {
    if (awaiting) noteField.current?.focus();
  }, [awaiting]);

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
      {awaiting && (
        <p id="note-prompt" className="note-prompt" role="status">
          {t('interview.notePrompt')}
        </p>
      )}
      <label className={awaiting ? 'interview-note interview-note-open' : 'interview-note'}>
        {t('interview.note')}
        <textarea
          ref={noteField}
          value={note}
          rows={awaiting ? 5 : 2}
          aria-describedby={awaiting ? 'note-prompt' : undefined}
          onChange={(event) => setNote(event.target.value)}
          onKeyDown={(event) => {
            if (awaiting && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              if (!busy) void next();
            }
          }}
        />
      </label>
      {awaiting && (
        <button type="button" className="big walk-next" disabled={busy} onClick={() => void next()} aria-keyshortcuts="Control+Enter">
          {t('interview.next')}
        </button>
      )}
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
      </div>
    </div>
  );
}
