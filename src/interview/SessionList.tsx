/** Interview sessions kept on this device, newest first, to resume or (finished ones) read and annotate, or export one by one. */
import { useTranslation } from 'react-i18next';
import type { InterviewSession } from '../domain/interview/sessionTypes';
import { ExportSessionsButton } from './ExportSessionsButton';

export function SessionList({ sessions, facilityName, onOpen }: { sessions: InterviewSession[]; facilityName: (id: string) => string; onOpen: (sessionId: string) => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="interview-sessions">
      <h2 id="interview-sessions">{t('interview.sessions')}</h2>
      {sessions.length === 0 ? (
        <p>{t('interview.noSessions')}</p>
      ) : (
        <ul className="session-list">
          {sessions.map((session) => (
            <li key={session.id}>
              <button type="button" onClick={() => onOpen(session.id)}>
                {session.interviewId} · {facilityName(session.facilityId)} · {t(`interview.status.${session.status}`)} · {t('interview.answered', { count: new Set(session.answers.map((answer) => answer.roomId)).size, total: session.route.length })}
              </button>
              <ExportSessionsButton className="export-session" sessions={[session]} label={t('interview.exportOne')} ariaLabel={t('interview.exportSessionNamed', { id: session.interviewId })} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
