/**
 * What interviews say of each room: the interview ids that confirmed, disputed or were unsure (each id counted
 * once per room, its latest session and answer winning), with their notes. Marking a room corroborated stays the
 * investigator's decision; `canCorroborate` only says when it may be offered.
 */
import { latestAnswers } from './sessionMachine';
import type { Answer, InterviewSession } from './sessionTypes';

export interface RoomCorroboration {
  yes: string[];
  no: string[];
  unsure: string[];
  notes: { interviewId: string; answer: Answer; note: string }[];
}

export function roomCorroboration(sessions: readonly InterviewSession[], facilityId: string, planHash?: string): Map<string, RoomCorroboration> {
  // Latest session per interview id wins, so one survivor interviewed twice counts once.
  const byInterview = new Map<string, InterviewSession>();
  for (const session of sessions) {
    if (session.facilityId !== facilityId || (planHash && session.planHash !== planHash)) continue;
    const previous = byInterview.get(session.interviewId);
    if (!previous || previous.updatedAt < session.updatedAt) byInterview.set(session.interviewId, session);
  }
  const rooms = new Map<string, RoomCorroboration>();
  for (const session of byInterview.values()) {
    for (const [roomId, answer] of latestAnswers(session)) {
      const entry = rooms.get(roomId) ?? { yes: [], no: [], unsure: [], notes: [] };
      entry[answer.answer].push(session.interviewId);
      entry.notes.push({ interviewId: session.interviewId, answer: answer.answer, note: answer.note });
      rooms.set(roomId, entry);
    }
  }
  return rooms;
}

/** Two or more independent interviews confirmed the room. */
export function canCorroborate(entry: RoomCorroboration): boolean {
  return new Set(entry.yes).size >= 2;
}
