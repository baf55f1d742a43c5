/**
 * An interview session: a survivor walking a facility's reconstruction room by room. Its answers are evidence
 * (restricted; recorded as given, never edited once the session is finished — later notes are addenda).
 */
export type Answer = 'yes' | 'no' | 'unsure';

export interface RoomAnswer {
  roomId: string;
  answer: Answer;
  note: string;
  /** ISO timestamp. */
  at: string;
}

export interface MissingMark {
  id: string;
  roomId: string | null;
  /** [x, y, z] metres in the plan's local frame. */
  point: [number, number, number];
  /** [lon, lat] of the point, so the place is found on a map whatever version of the plan is drawn later. */
  lonLat?: [number, number];
  note: string;
  at: string;
}

export interface Addendum {
  at: string;
  text: string;
}

export type SessionStatus = 'in_progress' | 'paused' | 'finished';

export interface InterviewSession {
  id: string;
  /** Pseudonymous, never a name. */
  interviewId: string;
  facilityId: string;
  /** SHA-256 of the plan file shown, so answers are tied to the version of the plan they judged. */
  planHash: string;
  /** The interviewer's initials. */
  interviewer: string;
  language: 'ko' | 'en';
  /** Years the survivor was held there, when given. */
  detention?: { from?: number; to?: number };
  /** Room ids in walking order. */
  route: string[];
  /** Index into route of the room shown. */
  position: number;
  /** The room just answered "no": the walk stays on it until the interviewer has noted what is wrong (moveOn). */
  awaitingNote?: string;
  status: SessionStatus;
  /** Every answer in the order given; the latest per room is the one that counts. */
  answers: RoomAnswer[];
  missing: MissingMark[];
  addenda: Addendum[];
  startedAt: string;
  updatedAt: string;
  finishedAt?: string;
}
