/**
 * "Finish and lock", set apart from the walk's other moves (it cannot be undone), with a confirmation in the page
 * that names the rooms still without an answer, so no room is left unasked by a slip of the finger.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { finishSession, unansweredRooms } from '../domain/interview/sessionMachine';
import type { InterviewSession } from '../domain/interview/sessionTypes';

interface Props {
  session: InterviewSession;
  busy: boolean;
  roomName: (roomId: string) => string;
  onCommit: (next: InterviewSession) => Promise<boolean>;
}

export function FinishControls({ session, busy, roomName, onCommit }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const unanswered = unansweredRooms(session);
  if (!confirming) {
    return (
      <div className="walk-finish">
        <button type="button" disabled={busy} onClick={() => setConfirming(true)}>
          {t('interview.finish')}
        </button>
      </div>
    );
  }
  return (
    <div className="walk-finish walk-finish-confirm" role="alertdialog" aria-labelledby="finish-question" aria-describedby="finish-unanswered">
      <p id="finish-question">{t('interview.finishConfirm')}</p>
      <p id="finish-unanswered" className={unanswered.length > 0 ? 'finish-unanswered' : undefined}>
        {unanswered.length > 0 ? t('interview.finishUnanswered', { count: unanswered.length, rooms: unanswered.map(roomName).join(', ') }) : t('interview.finishAllAnswered')}
      </p>
      {/* Keep going is the default: finishing locks the answers for good. */}
      <button type="button" autoFocus onClick={() => setConfirming(false)}>
        {t('interview.keepGoing')}
      </button>
      <button type="button" className="finish-lock" disabled={busy} onClick={() => void onCommit(finishSession(session, new Date().toISOString())).then(() => setConfirming(false))}>
        {t('interview.finish')}
      </button>
    </div>
  );
}
