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

/** The session moved to `position`, no longer waiting for a note. */
function movedTo(session: InterviewSession, at: string, position: number, change: Partial<InterviewSession> = {}): InterviewSession {
  const { awaitingNote: _done, ...rest } = edited(session, at, { ...change, position: clamp(session, position) });
  return rest;
}

/**
 * Records the answer for the room shown; answering resumes a pause. "Yes" and "not sure" move to the next room
 * (staying on the last); "no" stays, waiting for the interviewer's note on what is wrong (moveOn).
 */
export function answerRoom(session: InterviewSession, answer: Answer, note: string, at: string): InterviewSession {
  const roomId = currentRoom(session);
  if (!roomId) throw new SessionError('There is no room to answer for.');
  const recorded: RoomAnswer = { roomId, answer, note: note.trim(), at };
  const change = { answers: [...session.answers, recorded], status: 'in_progress' as const };
  if (answer === 'no') return edited(session, at, { ...change, awaitingNote: roomId });
  return movedTo(session, at, session.position + 1, change);
}

/** After a "no": the note is kept with that answer (when one was written) and the walk moves to the next room. */
export function moveOn(session: InterviewSession, note: string, at: string): InterviewSession {
  const index = session.answers.map((answer) => answer.roomId).lastIndexOf(session.awaitingNote ?? '');
  if (!session.awaitingNote || index < 0) throw new SessionError('No answer is waiting for a note.');
  const answers = note.trim() ? session.answers.map((answer, position) => (position === index ? { ...answer, note: note.trim() } : answer)) : session.answers;
  return movedTo(session, at, session.position + 1, { answers });
}

export function goBack(session: InterviewSession, at: string): InterviewSession {
  return movedTo(session, at, session.position - 1);
}

export function skipRoom(session: InterviewSession, at: string): InterviewSession {
  return movedTo(session, at, session.position + 1);
}

export function goToRoom(session: InterviewSession, roomId: string, at: string): InterviewSession {
  const position = session.route.indexOf(roomId);
  if (position < 0) throw new SessionError(`Room "${roomId}" is not on this walk.`);
  return movedTo(session, at, position);
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
  const { awaitingNote: _done, ...finished } = edited(session, at, { status: 'finished', finishedAt: at });
  return finished;
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

/** The rooms of the walk with no answer yet, in walking order (the finish confirmation names them). */
export function unansweredRooms(session: InterviewSession): string[] {
  const answered = latestAnswers(session);
  return session.route.filter((roomId) => !answered.has(roomId));
}

export function progress(session: InterviewSession): { answered: number; total: number; position: number } {
  return { answered: latestAnswers(session).size, total: session.route.length, position: session.position };
}
