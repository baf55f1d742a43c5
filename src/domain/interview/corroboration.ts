/**
 * What interviews say of each room: the interview ids that confirmed, disputed or were unsure (each id counted
 * once per room, its latest session and answer winning), with their notes. Only answers about the plan as it is
 * now (sessions whose plan hash matches) count; answers about earlier versions of the plan are kept apart, since
 * the room they judged may have changed since. Marking a room corroborated stays the investigator's decision;
 * `canCorroborate` only says when it may be offered.
 */
import { latestAnswers } from './sessionMachine';
import type { Answer, InterviewSession, MissingMark } from './sessionTypes';

export interface AnswerTally {
  yes: string[];
  no: string[];
  unsure: string[];
  notes: { interviewId: string; answer: Answer; note: string }[];
}

export interface RoomCorroboration extends AnswerTally {
  /** Answers given about earlier versions of the plan: shown apart, never counted above. */
  earlier: AnswerTally;
}

const emptyTally = (): AnswerTally => ({ yes: [], no: [], unsure: [], notes: [] });

/** The latest session of each interview id among `sessions` (one survivor interviewed twice counts once). */
function latestPerInterview(sessions: readonly InterviewSession[]): InterviewSession[] {
  const byInterview = new Map<string, InterviewSession>();
  for (const session of sessions) {
    const previous = byInterview.get(session.interviewId);
    if (!previous || previous.updatedAt < session.updatedAt) byInterview.set(session.interviewId, session);
  }
  return [...byInterview.values()];
}

/**
 * Per room id, the answers of the facility's sessions about the plan whose hash is `planHash` (the plan shown
 * now), with the answers about other versions in `earlier`.
 */
export function roomCorroboration(sessions: readonly InterviewSession[], facilityId: string, planHash: string): Map<string, RoomCorroboration> {
  const ofFacility = sessions.filter((session) => session.facilityId === facilityId);
  const rooms = new Map<string, RoomCorroboration>();
  const tally = (group: readonly InterviewSession[], pick: (entry: RoomCorroboration) => AnswerTally) => {
    for (const session of latestPerInterview(group)) {
      for (const [roomId, answer] of latestAnswers(session)) {
        const entry = rooms.get(roomId) ?? { ...emptyTally(), earlier: emptyTally() };
        const target = pick(entry);
        target[answer.answer].push(session.interviewId);
        target.notes.push({ interviewId: session.interviewId, answer: answer.answer, note: answer.note });
        rooms.set(roomId, entry);
      }
    }
  };
  tally(ofFacility.filter((session) => session.planHash === planHash), (entry) => entry);
  tally(ofFacility.filter((session) => session.planHash !== planHash), (entry) => entry.earlier);
  return rooms;
}

/** How many answers were given about earlier versions of the plan, all rooms together. */
export function earlierAnswerCount(rooms: ReadonlyMap<string, RoomCorroboration>): number {
  let count = 0;
  for (const { earlier } of rooms.values()) count += earlier.yes.length + earlier.no.length + earlier.unsure.length;
  return count;
}

/** Two or more independent interviews confirmed the room (about the plan as it is now). */
export function canCorroborate(entry: AnswerTally): boolean {
  return new Set(entry.yes).size >= 2;
}

export interface MissingPlace extends MissingMark {
  interviewId: string;
  sessionId: string;
  /** False when the mark was made on an earlier version of the plan. */
  currentPlan: boolean;
}

/** Every "something is missing here" mark of the facility's sessions, those on the plan as it is now first. */
export function missingPlaces(sessions: readonly InterviewSession[], facilityId: string, planHash: string): MissingPlace[] {
  const places = sessions
    .filter((session) => session.facilityId === facilityId)
    .flatMap((session) => session.missing.map((mark) => ({ ...mark, interviewId: session.interviewId, sessionId: session.id, currentPlan: session.planHash === planHash })));
  return places.sort((a, b) => Number(b.currentPlan) - Number(a.currentPlan) || a.at.localeCompare(b.at));
}
