/** A finished, locked session: its answers and missing places as recorded, addenda (later notes, never edits), its export. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addAddendum, latestAnswers } from '../domain/interview/sessionMachine';
import type { InterviewSession } from '../domain/interview/sessionTypes';
import { ExportSessionsButton } from './ExportSessionsButton';
import { MissingList } from './MissingControls';

interface Props {
  session: InterviewSession;
  roomName: (roomId: string) => string;
  onCommit: (next: InterviewSession) => Promise<boolean>;
}

export function FinishedSession({ session, roomName, onCommit }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const answers = latestAnswers(session);
  return (
    <div className="finished-session">
      <p className="locked">{t('interview.locked', { at: session.finishedAt?.slice(0, 16).replace('T', ' ') })}</p>
      <ul aria-label={t('interview.recordedAnswers')}>
        {session.route.map((roomId) => {
          const answer = answers.get(roomId);
          return (
            <li key={roomId}>
              {roomName(roomId)}: {answer ? t(`interview.answer.${answer.answer}`) : t('interview.noAnswer')}
              {answer?.note ? ` — ${answer.note}` : ''}
            </li>
          );
        })}
      </ul>
      <MissingList marks={session.missing} roomName={roomName} />
      {session.addenda.length > 0 && (
        <ul aria-label={t('interview.addenda')}>
          {session.addenda.map((addendum, index) => (
            <li key={index}>
              {addendum.at.slice(0, 16).replace('T', ' ')}: {addendum.text}
            </li>
          ))}
        </ul>
      )}
      <label className="interview-note">
        {t('interview.addendum')}
        <textarea value={text} rows={2} onChange={(event) => setText(event.target.value)} />
      </label>
      <button type="button" disabled={!text.trim()} onClick={() => void onCommit(addAddendum(session, text, new Date().toISOString())).then((saved) => saved && setText(''))}>
        {t('interview.addAddendum')}
      </button>
      <ExportSessionsButton className="export-session" sessions={[session]} label={t('interview.exportSession')} />
    </div>
  );
}
