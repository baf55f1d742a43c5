import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { rowPlan } from '../../../tests/fixtures/syntheticPlan';
import { canCorroborate, roomCorroboration } from './corroboration';
import { exportSessions, importSessions } from './sessionExport';
import { addAddendum, answerRoom, currentRoom, finishSession, goBack, goToRoom, latestAnswers, markMissing, pauseSession, progress, resumeSession, SessionError, skipRoom, startSession } from './sessionMachine';
import type { InterviewSession } from './sessionTypes';
import { walkRoute } from './walkRoute';

const AT = '2026-11-22T10:00:00.000Z';
const ROUTE = ['SYNTHETIC-corridor', 'SYNTHETIC-cell-0', 'SYNTHETIC-cell-1'];
const start = (overrides: Partial<Parameters<typeof startSession>[0]> = {}) =>
  deepFreeze(startSession({ id: 'SYNTHETIC-session', interviewId: 'SYNTHETIC-INT-1', facilityId: 'SYNTHETIC-facility', planHash: 'SYNTHETIC-hash', interviewer: 'AB', route: ROUTE, at: AT, ...overrides }));

describe('the interview session', () => {
  it('starts in Korean at the first room of the route, refusing a missing id or initials', () => {
    expect(start()).toMatchObject({ language: 'ko', position: 0, status: 'in_progress', answers: [] });
    expect(() => start({ interviewId: '  ' })).toThrow(SessionError);
    expect(() => start({ interviewer: '' })).toThrow("interviewer's initials");
    expect(() => start({ route: [] })).toThrow(SessionError);
  });

  it('records an answer with its note and moves to the next room; back, skip and go-to move without answering', () => {
    const answered = answerRoom(start(), 'no', ' SYNTHETIC: smaller ', 'T1');
    expect(answered.answers).toEqual([{ roomId: 'SYNTHETIC-corridor', answer: 'no', note: 'SYNTHETIC: smaller', at: 'T1' }]);
    expect(currentRoom(answered)).toBe('SYNTHETIC-cell-0');
    expect(currentRoom(goBack(answered, 'T2'))).toBe('SYNTHETIC-corridor');
    expect(currentRoom(skipRoom(answered, 'T2'))).toBe('SYNTHETIC-cell-1');
    expect(currentRoom(skipRoom(skipRoom(answered, 'T2'), 'T3'))).toBe('SYNTHETIC-cell-1');
    expect(currentRoom(goToRoom(answered, 'SYNTHETIC-corridor', 'T2'))).toBe('SYNTHETIC-corridor');
    expect(() => goToRoom(answered, 'SYNTHETIC-nowhere', 'T2')).toThrow(SessionError);
  });

  it('keeps every answer but counts the latest per room', () => {
    const twice = answerRoom(goBack(answerRoom(start(), 'no', '', 'T1'), 'T2'), 'yes', '', 'T3');
    expect(twice.answers).toHaveLength(2);
    expect(latestAnswers(twice).get('SYNTHETIC-corridor')?.answer).toBe('yes');
    expect(progress(twice)).toEqual({ answered: 1, total: 3, position: 1 });
  });

  it('pauses and resumes, and records a point where something is missing', () => {
    const paused = pauseSession(start(), 'T1');
    expect(paused.status).toBe('paused');
    expect(resumeSession(paused, 'T2').status).toBe('in_progress');
    const marked = markMissing(start(), { roomId: 'SYNTHETIC-corridor', point: [1, 2, 0], note: 'SYNTHETIC: a stove here' }, 'T1');
    expect(marked.missing).toEqual([{ id: 'missing-1', roomId: 'SYNTHETIC-corridor', point: [1, 2, 0], note: 'SYNTHETIC: a stove here', at: 'T1' }]);
  });

  it('locks a finished session: answers, moves and marks are refused, addenda are kept', () => {
    const finished = deepFreeze(finishSession(answerRoom(start(), 'yes', '', 'T1'), 'T2'));
    expect(finished).toMatchObject({ status: 'finished', finishedAt: 'T2' });
    expect(() => answerRoom(finished, 'no', '', 'T3')).toThrow('locked');
    expect(() => goBack(finished, 'T3')).toThrow('locked');
    expect(() => markMissing(finished, { roomId: null, point: [0, 0, 0], note: '' }, 'T3')).toThrow('locked');
    expect(addAddendum(finished, 'SYNTHETIC later note', 'T4').addenda).toEqual([{ at: 'T4', text: 'SYNTHETIC later note' }]);
    expect(addAddendum(finished, 'x', 'T4').answers).toEqual(finished.answers);
    expect(() => addAddendum(start(), 'too early', 'T4')).toThrow(SessionError);
  });
});

describe('the walking route', () => {
  it('goes through the corridor first, then the cells west to east', () => {
    expect(walkRoute(rowPlan({ rooms: 3 }))).toEqual(['SYNTHETIC-corridor', 'SYNTHETIC-cell-0', 'SYNTHETIC-cell-1', 'SYNTHETIC-cell-2']);
  });
});

describe('corroboration counts', () => {
  const session = (id: string, interviewId: string, answers: ['yes' | 'no' | 'unsure', string][], updatedAt = AT): InterviewSession =>
    answers.reduce((current, [answer, note]) => answerRoom(current, answer, note, updatedAt), { ...start({ id, interviewId }), updatedAt });

  it('counts each interview once per room, its latest session winning, and offers corroboration at two confirmations', () => {
    const sessions = [
      session('SYNTHETIC-s1', 'SYNTHETIC-INT-1', [['yes', ''], ['no', 'SYNTHETIC: no bars']]),
      session('SYNTHETIC-s2', 'SYNTHETIC-INT-2', [['yes', ''], ['unsure', '']]),
      session('SYNTHETIC-s0', 'SYNTHETIC-INT-1', [['no', 'SYNTHETIC: older']], '2026-11-01T00:00:00.000Z'),
    ];
    const counts = roomCorroboration(sessions, 'SYNTHETIC-facility');
    const corridor = counts.get('SYNTHETIC-corridor');
    expect(corridor).toMatchObject({ yes: ['SYNTHETIC-INT-1', 'SYNTHETIC-INT-2'], no: [], unsure: [] });
    expect(canCorroborate(corridor!)).toBe(true);
    const cell = counts.get('SYNTHETIC-cell-0');
    expect(cell).toMatchObject({ yes: [], no: ['SYNTHETIC-INT-1'], unsure: ['SYNTHETIC-INT-2'] });
    expect(cell?.notes).toContainEqual({ interviewId: 'SYNTHETIC-INT-1', answer: 'no', note: 'SYNTHETIC: no bars' });
    expect(canCorroborate(cell!)).toBe(false);
    expect(roomCorroboration(sessions, 'SYNTHETIC-other').size).toBe(0);
  });
});

describe('exporting and importing sessions', () => {
  const sessions = [answerRoom(start(), 'yes', 'SYNTHETIC', 'T1'), start({ id: 'SYNTHETIC-session-2', interviewId: 'SYNTHETIC-INT-2' })];

  it('round-trips with a SHA-256 manifest, adding only what is new', async () => {
    const { json } = await exportSessions(sessions, { appVersion: '0.1.0', exportedAt: AT });
    expect(JSON.parse(json)).toMatchObject({ restricted: true, manifest: { sessions: [{ id: 'SYNTHETIC-session' }, { id: 'SYNTHETIC-session-2' }] } });
    expect(await importSessions(json, [])).toMatchObject({ added: sessions, duplicates: [], conflicts: [], problems: [] });
    expect(await importSessions(json, sessions)).toMatchObject({ added: [], duplicates: ['SYNTHETIC-session', 'SYNTHETIC-session-2'] });
    const changedLocally = [{ ...sessions[0]!, addenda: [{ at: 'T9', text: 'SYNTHETIC' }] }];
    expect((await importSessions(json, changedLocally)).conflicts).toEqual(['SYNTHETIC-session']);
  });

  it('refuses a session changed after export, and says so for a file that is not an export', async () => {
    const { json } = await exportSessions(sessions, { appVersion: '0.1.0', exportedAt: AT });
    const tampered = json.replace('"answer": "yes"', '"answer": "no"');
    const result = await importSessions(tampered, []);
    expect(result.added.map((session) => session.id)).toEqual(['SYNTHETIC-session-2']);
    expect(result.problems[0]).toContain('SYNTHETIC-session');
    expect((await importSessions('{not json', [])).problems).toHaveLength(1);
    expect((await importSessions('{"format":"other"}', [])).problems).toHaveLength(1);
  });
});
