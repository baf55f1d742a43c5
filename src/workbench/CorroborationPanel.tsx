/**
 * What interviews said of each room of this facility: how many confirmed, disputed or were unsure, and their
 * notes. A room confirmed by two or more independent interviews may be marked corroborated — by the
 * investigator, never automatically. Interview records stay in this browser; only the resulting confidence
 * reaches a public export.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canCorroborate, roomCorroboration } from '../domain/interview/corroboration';
import type { InterviewSession } from '../domain/interview/sessionTypes';
import type { Plan } from '../domain/types';
import { corroborateRoom } from '../domain/workbench/corroborate';
import type { FacilityWork } from '../domain/workbench/workTypes';
import type { InterviewStorage } from '../persistence/interviewStorage';
import { useWorkStore } from '../store/workStore';

export function CorroborationPanel({ work, published, interviews }: { work: FacilityWork; published: Plan | undefined; interviews: InterviewStorage }) {
  const { t } = useTranslation();
  const apply = useWorkStore((state) => state.apply);
  const [sessions, setSessions] = useState<InterviewSession[]>([]);
  useEffect(() => void interviews.listSessions().then((all) => setSessions(all.filter((session) => session.facilityId === work.facilityId)), () => setSessions([])), [interviews, work.facilityId]);
  if (sessions.length === 0) return null;
  const counts = roomCorroboration(sessions, work.facilityId);
  const rooms = [...work.features, ...(published?.features ?? []).filter((feature) => !work.features.some((own) => own.id === feature.id))].filter((feature) => feature.kind === 'room');
  return (
    <section aria-labelledby="wb-interviews">
      <h3 id="wb-interviews">{t('workbench.interviews', { count: sessions.length })}</h3>
      <table className="corroboration">
        <thead>
          <tr>
            <th scope="col">{t('workbench.field.room')}</th>
            <th scope="col">{t('interview.answer.yes')}</th>
            <th scope="col">{t('interview.answer.no')}</th>
            <th scope="col">{t('interview.answer.unsure')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {rooms.map((room) => {
            const entry = counts.get(room.id);
            const inWork = work.features.some((feature) => feature.id === room.id);
            return (
              <tr key={room.id} data-room={room.id}>
                <th scope="row" title={entry?.notes.map((note) => `${note.interviewId}: ${note.note}`).join('\n')}>
                  {room.name.en || room.id}
                  {entry?.notes.filter((note) => note.note).map((note) => (
                    <span key={note.interviewId} className="corroboration-note">
                      {note.interviewId}: {note.note}
                    </span>
                  ))}
                </th>
                <td>{entry?.yes.length ?? 0}</td>
                <td>{entry?.no.length ?? 0}</td>
                <td>{entry?.unsure.length ?? 0}</td>
                <td>
                  {room.confidence === 'corroborated' ? (
                    t('confidence.corroborated')
                  ) : entry && canCorroborate(entry) && inWork ? (
                    <button type="button" onClick={() => {
                      const change = corroborateRoom(work, room.id, entry.yes);
                      if (change) apply(change);
                    }}>
                      {t('workbench.markCorroborated')}
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
