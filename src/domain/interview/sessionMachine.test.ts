import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { startedSession as start } from '../../../tests/fixtures/interviewSessions';
import { rowPlan } from '../../../tests/fixtures/syntheticPlan';
import { addAddendum, answerRoom, currentRoom, finishSession, goBack, goToRoom, latestAnswers, markMissing, moveOn, pauseSession, progress, resumeSession, SessionError, skipRoom, unansweredRooms } from './sessionMachine';
import { walkRoute } from './walkRoute';

describe('the interview session', () => {
  it('starts in Korean at the first room of the route, refusing a missing id or initials', () => {
    expect(start()).toMatchObject({ language: 'ko', position: 0, status: 'in_progress', answers: [] });
    expect(() => start({ interviewId: '  ' })).toThrow(SessionError);
    expect(() => start({ interviewer: '' })).toThrow("interviewer's initials");
    expect(() => start({ route: [] })).toThrow(SessionError);
  });

  it('keeps the detention years, refusing a period that ends before it starts with a code the form words', () => {
    expect(start({ detention: { from: 2009, to: 2011 } }).detention).toEqual({ from: 2009, to: 2011 });
    expect(start({ detention: { from: 2011, to: 2011 } }).detention).toEqual({ from: 2011, to: 2011 });
    expect(start({ detention: { to: 2011 } }).detention).toEqual({ to: 2011 });
    expect(() => start({ detention: { from: 2012, to: 2009 } })).toThrow(expect.objectContaining({ code: 'detentionOrder', message: expect.stringContaining('from 2012 to 2009') }));
  });

  it('records an answer with its note and moves to the next room; back, skip and go-to move without answering', () => {
    const answered = answerRoom(start(), 'yes', ' SYNTHETIC: as drawn ', 'T1');
    expect(answered.answers).toEqual([{ roomId: 'SYNTHETIC-corridor', answer: 'yes', note: 'SYNTHETIC: as drawn', at: 'T1' }]);
    expect(currentRoom(answered)).toBe('SYNTHETIC-cell-0');
    expect(currentRoom(goBack(answered, 'T2'))).toBe('SYNTHETIC-corridor');
    expect(currentRoom(skipRoom(answered, 'T2'))).toBe('SYNTHETIC-cell-1');
    expect(currentRoom(skipRoom(skipRoom(answered, 'T2'), 'T3'))).toBe('SYNTHETIC-cell-1');
    expect(currentRoom(goToRoom(answered, 'SYNTHETIC-corridor', 'T2'))).toBe('SYNTHETIC-corridor');
    expect(() => goToRoom(answered, 'SYNTHETIC-nowhere', 'T2')).toThrow(SessionError);
  });

  it('records a "no" at once and waits on the room for the note; moving on keeps the note with that answer', () => {
    const disputed = deepFreeze(answerRoom(start(), 'no', '', 'T1'));
    expect(disputed).toMatchObject({ position: 0, awaitingNote: 'SYNTHETIC-corridor', answers: [{ roomId: 'SYNTHETIC-corridor', answer: 'no', note: '' }] });
    expect(progress(disputed).answered).toBe(1);
    const noted = moveOn(disputed, ' SYNTHETIC: the door was on the other side ', 'T2');
    expect(noted).toMatchObject({ position: 1, answers: [{ answer: 'no', note: 'SYNTHETIC: the door was on the other side', at: 'T1' }] });
    expect(noted).not.toHaveProperty('awaitingNote');
    // A note written before "no" stays when nothing more is added; moving on with nothing waiting is refused.
    const early = moveOn(answerRoom(start(), 'no', 'SYNTHETIC: written first', 'T1'), '', 'T2');
    expect(early.answers[0]?.note).toBe('SYNTHETIC: written first');
    expect(() => moveOn(early, 'x', 'T3')).toThrow(SessionError);
    // Skipping, going back or finishing ends the wait too.
    expect(skipRoom(disputed, 'T2')).not.toHaveProperty('awaitingNote');
    expect(finishSession(disputed, 'T2')).not.toHaveProperty('awaitingNote');
  });

  it('names the rooms with no answer yet, in walking order', () => {
    expect(unansweredRooms(answerRoom(skipRoom(start(), 'T1'), 'yes', '', 'T2'))).toEqual(['SYNTHETIC-corridor', 'SYNTHETIC-cell-1']);
    expect(unansweredRooms(start())).toEqual(['SYNTHETIC-corridor', 'SYNTHETIC-cell-0', 'SYNTHETIC-cell-1']);
  });

  it('keeps every answer but counts the latest per room', () => {
    const twice = answerRoom(goBack(answerRoom(start(), 'unsure', '', 'T1'), 'T2'), 'yes', '', 'T3');
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
    const outside = markMissing(marked, { roomId: null, point: [-9, 4, 0], note: 'SYNTHETIC: a room stood here' }, 'T2');
    expect(outside.missing[1]).toEqual({ id: 'missing-2', roomId: null, point: [-9, 4, 0], note: 'SYNTHETIC: a room stood here', at: 'T2' });
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
