/**
 * The interview session as a state machine over plain records: answering moves to the next room, back, skip,
 * go to a room, mark something missing, pause and resume, finish. A finished session is locked: only addenda.
 */
import type { Addendum, Answer, InterviewSession, MissingMark, RoomAnswer } from './sessionTypes';

/** A refused edit; `code` names the refusals the UI words itself (in the interview's language). */
export class SessionError extends Error {
  constructor(
    message: string,
    readonly code?: 'detentionOrder',
  ) {
    super(message);
  }
}

export interface StartInput {
  id: string;
  interviewId: string;
  facilityId: string;
  planHash: string;
  interviewer: string;
  language?: 'ko' | 'en';
  detention?: { from?: number; to?: number };
  route: string[];
  at: string;
}

export function startSession(input: StartInput): InterviewSession {
  if (!input.interviewId.trim()) throw new SessionError('Enter the pseudonymous interview id (never a name).');
  if (!input.interviewer.trim()) throw new SessionError("Enter the interviewer's initials.");
  if (input.route.length === 0) throw new SessionError('This plan has no rooms to walk through.');
  const { from, to } = input.detention ?? {};
  if (from !== undefined && to !== undefined && from > to) {
    throw new SessionError(`The detention period ends before it starts (from ${from} to ${to}): check the years.`, 'detentionOrder');
  }
  return {
    id: input.id,
    interviewId: input.interviewId.trim(),
    facilityId: input.facilityId,
    planHash: input.planHash,
    interviewer: input.interviewer.trim(),
    language: input.language ?? 'ko',
    ...(input.detention ? { detention: { ...input.detention } } : {}),
    route: [...input.route],
    position: 0,
    status: 'in_progress',
    answers: [],
    missing: [],
    addenda: [],
    startedAt: input.at,
    updatedAt: input.at,
  };
}

const LOCKED = 'This session is finished and locked; add an addendum instead.';

/** The session after an edit; a finished session refuses every edit but an addendum. */
function edited(session: InterviewSession, at: string, change: Partial<InterviewSession>): InterviewSession {
  if (session.status === 'finished') throw new SessionError(LOCKED);
  return { ...session, ...change, updatedAt: at };
}

const clamp = (session: InterviewSession, position: number) => Math.max(0, Math.min(position, session.route.length - 1));

export function currentRoom(session: InterviewSession): string | undefined {
  return session.route[session.position];
}

/** Records the answer for the room shown and moves to the next (staying on the last); answering resumes a pause. */
export function answerRoom(session: InterviewSession, answer: Answer, note: string, at: string): InterviewSession {
  const roomId = currentRoom(session);
  if (!roomId) throw new SessionError('There is no room to answer for.');
  const recorded: RoomAnswer = { roomId, answer, note: note.trim(), at };
  return edited(session, at, { answers: [...session.answers, recorded], position: clamp(session, session.position + 1), status: 'in_progress' });
}

export function goBack(session: InterviewSession, at: string): InterviewSession {
  return edited(session, at, { position: clamp(session, session.position - 1) });
}

export function skipRoom(session: InterviewSession, at: string): InterviewSession {
  return edited(session, at, { position: clamp(session, session.position + 1) });
}

export function goToRoom(session: InterviewSession, roomId: string, at: string): InterviewSession {
  const position = session.route.indexOf(roomId);
  if (position < 0) throw new SessionError(`Room "${roomId}" is not on this walk.`);
  return edited(session, at, { position });
}

export function markMissing(session: InterviewSession, mark: Omit<MissingMark, 'id' | 'at'>, at: string): InterviewSession {
  const id = `missing-${session.missing.length + 1}`;
  const copied: MissingMark = { ...mark, point: [...mark.point], ...(mark.lonLat ? { lonLat: [...mark.lonLat] } : {}), id, at };
  return edited(session, at, { missing: [...session.missing, copied] });
}

export function pauseSession(session: InterviewSession, at: string): InterviewSession {
  return edited(session, at, { status: 'paused' });
}

export function resumeSession(session: InterviewSession, at: string): InterviewSession {
  return edited(session, at, { status: 'in_progress' });
}

export function finishSession(session: InterviewSession, at: string): InterviewSession {
  return edited(session, at, { status: 'finished', finishedAt: at });
}

/** A later note on a finished session; the answers stay as recorded. */
export function addAddendum(session: InterviewSession, text: string, at: string): InterviewSession {
  if (session.status !== 'finished') throw new SessionError('Addenda are for finished sessions; while it runs, use the note.');
  if (!text.trim()) throw new SessionError('The addendum is empty.');
  const addendum: Addendum = { at, text: text.trim() };
  return { ...session, addenda: [...session.addenda, addendum], updatedAt: at };
}

/** The answer that counts for each room: the latest given. */
export function latestAnswers(session: InterviewSession): Map<string, RoomAnswer> {
  return new Map(session.answers.map((answer) => [answer.roomId, answer]));
}

export function progress(session: InterviewSession): { answered: number; total: number; position: number } {
  return { answered: latestAnswers(session).size, total: session.route.length, position: session.position };
}
