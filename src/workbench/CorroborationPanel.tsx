/**
 * What interviews said of each room of this facility: how many confirmed, disputed or were unsure, and their
 * notes, and the places marked missing. Only answers about the plan as published now (the version interview mode
 * shows) are counted; answers about earlier versions are shown apart. A room confirmed by two or more independent
 * interviews may be marked corroborated — by the investigator, never automatically. Interview records stay in this
 * browser; only the resulting confidence reaches a public export.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { earlierAnswerCount, missingPlaces, roomCorroboration } from '../domain/interview/corroboration';
import { planHash } from '../domain/interview/planHash';
import type { InterviewSession } from '../domain/interview/sessionTypes';
import type { Plan } from '../domain/types';
import { roomNamer } from '../interview/roomNames';
import { corroborateRoom } from '../domain/workbench/corroborate';
import { corroborationRows } from '../domain/workbench/corroborationRows';
import type { FacilityWork } from '../domain/workbench/workTypes';
import type { InterviewStorage } from '../persistence/interviewStorage';
import { useWorkCore } from '../store/workStore';
import { CorroborationMissing } from './CorroborationMissing';

export function CorroborationPanel({ work, published, interviews }: { work: FacilityWork; published: Plan | undefined; interviews: InterviewStorage }) {
  const { t, i18n } = useTranslation();
  const { apply } = useWorkCore();
  const [sessions, setSessions] = useState<InterviewSession[]>([]);
  // No published plan: no answer is about the plan as it is now.
  const [currentHash, setCurrentHash] = useState<string | null>(null);
  useEffect(() => void interviews.listSessions().then((all) => setSessions(all.filter((session) => session.facilityId === work.facilityId)), () => setSessions([])), [interviews, work.facilityId]);
  useEffect(() => {
    let current = true;
    // A hash that cannot be made (no Web Crypto outside a secure context) counts no answer as about this plan.
    if (published) void planHash(published).then((hash) => current && setCurrentHash(hash), () => current && setCurrentHash(''));
    else setCurrentHash('');
    return () => {
      current = false;
    };
  }, [published]);
  if (sessions.length === 0 || currentHash === null) return null;
  const counts = roomCorroboration(sessions, work.facilityId, currentHash);
  const earlier = earlierAnswerCount(counts);
  const rows = corroborationRows(work, published?.features ?? [], counts);
  const roomName = roomNamer(rows.map((row) => row.room), i18n.language);
  return (
    <section aria-labelledby="wb-interviews">
      <h3 id="wb-interviews">{t('workbench.interviews', { count: sessions.length })}</h3>
      <p className="hint">{t('workbench.countedCurrentPlan')}</p>
      {earlier > 0 && (
        <p className="corroboration-earlier" role="note">
          {t('workbench.earlierAnswers', { count: earlier })}
        </p>
      )}
      <table className="corroboration">
        <thead>
          <tr>
            <th scope="col">{t('workbench.field.room')}</th>
            <th scope="col">{t('interview.answer.yes')}</th>
            <th scope="col">{t('interview.answer.no')}</th>
            <th scope="col">{t('interview.answer.unsure')}</th>
            <th scope="col" className="corroboration-earlier-column">{t('workbench.earlierPlanColumn')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {rows.map(({ room, yes, no, unsure, earlier: older, notes, earlierNotes, corroborated, canMarkWith }) => (
            <tr key={room.id} data-room={room.id}>
              <th scope="row">
                {roomName(room.id)}
                {notes.map((note) => (
                  <span key={note.interviewId} className="corroboration-note">
                    {note.interviewId}: {note.note}
                  </span>
                ))}
                {earlierNotes.map((note) => (
                  <span key={`earlier:${note.interviewId}`} className="corroboration-note corroboration-earlier-note">
                    {t('workbench.earlierNote', { id: note.interviewId, note: note.note })}
                  </span>
                ))}
              </th>
              <td>{yes}</td>
              <td>{no}</td>
              <td>{unsure}</td>
              <td className="corroboration-earlier-column" title={t('workbench.earlierPlanTitle')}>{older}</td>
              <td>
                {corroborated ? (
                  t('confidence.corroborated')
                ) : canMarkWith ? (
                  <button type="button" onClick={() => {
                    const change = corroborateRoom(work, room.id, canMarkWith);
                    if (change) apply(change);
                  }}>
                    {t('workbench.markCorroborated')}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <CorroborationMissing places={missingPlaces(sessions, work.facilityId, currentHash)} roomName={roomName} />
    </section>
  );
}
