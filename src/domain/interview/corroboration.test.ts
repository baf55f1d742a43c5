import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { answeredSession, SESSION_PLAN_HASH as CURRENT } from '../../../tests/fixtures/interviewSessions';
import { canCorroborate, earlierAnswerCount, missingPlaces, roomCorroboration } from './corroboration';
import { markMissing } from './sessionMachine';

const EARLIER = 'SYNTHETIC-older-hash';
const OLD_DAY = '2026-11-01T00:00:00.000Z';

describe('corroboration counts', () => {
  it('counts each interview once per room, its latest session winning, and offers corroboration at two confirmations', () => {
    const sessions = deepFreeze([
      answeredSession({ id: 'SYNTHETIC-s1', interviewId: 'SYNTHETIC-INT-1' }, [['yes', ''], ['no', 'SYNTHETIC: no bars']]),
      answeredSession({ id: 'SYNTHETIC-s2', interviewId: 'SYNTHETIC-INT-2' }, [['yes', ''], ['unsure', '']]),
      answeredSession({ id: 'SYNTHETIC-s0', interviewId: 'SYNTHETIC-INT-1' }, [['no', 'SYNTHETIC: older']], OLD_DAY),
    ]);
    const counts = roomCorroboration(sessions, 'SYNTHETIC-facility', CURRENT);
    const corridor = counts.get('SYNTHETIC-corridor');
    expect(corridor).toMatchObject({ yes: ['SYNTHETIC-INT-1', 'SYNTHETIC-INT-2'], no: [], unsure: [] });
    expect(canCorroborate(corridor!)).toBe(true);
    const cell = counts.get('SYNTHETIC-cell-0');
    expect(cell).toMatchObject({ yes: [], no: ['SYNTHETIC-INT-1'], unsure: ['SYNTHETIC-INT-2'] });
    expect(cell?.notes).toContainEqual({ interviewId: 'SYNTHETIC-INT-1', answer: 'no', note: 'SYNTHETIC: no bars' });
    expect(canCorroborate(cell!)).toBe(false);
    expect(roomCorroboration(sessions, 'SYNTHETIC-other', CURRENT).size).toBe(0);
  });

  it('counts only answers about the plan as it is now; answers about an earlier version are kept apart', () => {
    const sessions = deepFreeze([
      answeredSession({ id: 'SYNTHETIC-now', interviewId: 'SYNTHETIC-INT-1' }, [['yes', '']]),
      answeredSession({ id: 'SYNTHETIC-before-2', interviewId: 'SYNTHETIC-INT-2', planHash: EARLIER }, [['yes', ''], ['no', 'SYNTHETIC: was bigger']], OLD_DAY),
      answeredSession({ id: 'SYNTHETIC-before-3', interviewId: 'SYNTHETIC-INT-3', planHash: EARLIER }, [['unsure', '']], OLD_DAY),
    ]);
    const counts = roomCorroboration(sessions, 'SYNTHETIC-facility', CURRENT);
    const corridor = counts.get('SYNTHETIC-corridor')!;
    expect(corridor).toMatchObject({ yes: ['SYNTHETIC-INT-1'], no: [], unsure: [] });
    expect(corridor.earlier).toMatchObject({ yes: ['SYNTHETIC-INT-2'], no: [], unsure: ['SYNTHETIC-INT-3'] });
    // Two confirmations, but one of them judged another version: not enough to offer corroboration.
    expect(canCorroborate(corridor)).toBe(false);
    const cell = counts.get('SYNTHETIC-cell-0')!;
    expect(cell).toMatchObject({ yes: [], no: [], unsure: [] });
    expect(cell.earlier.notes).toEqual([{ interviewId: 'SYNTHETIC-INT-2', answer: 'no', note: 'SYNTHETIC: was bigger' }]);
    expect(earlierAnswerCount(counts)).toBe(3);
  });

  it('counts everything as earlier when no session judged the plan as it is now', () => {
    const sessions = deepFreeze([answeredSession({ planHash: EARLIER }, [['yes', ''], ['yes', '']])]);
    const counts = roomCorroboration(sessions, 'SYNTHETIC-facility', CURRENT);
    expect([...counts.values()].every((entry) => entry.yes.length === 0)).toBe(true);
    expect(earlierAnswerCount(counts)).toBe(2);
  });
});

describe('places marked missing', () => {
  it('lists every mark of the facility with its interview, those on the plan as it is now first', () => {
    const now = markMissing(answeredSession({ id: 'SYNTHETIC-now', interviewId: 'SYNTHETIC-INT-1' }, []), { roomId: null, point: [-8, 2, 0], note: 'SYNTHETIC: a room here' }, 'T2');
    const before = markMissing(answeredSession({ id: 'SYNTHETIC-before', interviewId: 'SYNTHETIC-INT-2', planHash: EARLIER }, []), { roomId: 'SYNTHETIC-cell-0', point: [1, 1, 0], note: '' }, 'T1');
    const elsewhere = markMissing(answeredSession({ id: 'SYNTHETIC-elsewhere', facilityId: 'SYNTHETIC-other' }, []), { roomId: null, point: [0, 0, 0], note: '' }, 'T0');
    const places = missingPlaces(deepFreeze([before, now, elsewhere]), 'SYNTHETIC-facility', CURRENT);
    expect(places).toEqual([
      { id: 'missing-1', roomId: null, point: [-8, 2, 0], note: 'SYNTHETIC: a room here', at: 'T2', interviewId: 'SYNTHETIC-INT-1', sessionId: 'SYNTHETIC-now', currentPlan: true },
      { id: 'missing-1', roomId: 'SYNTHETIC-cell-0', point: [1, 1, 0], note: '', at: 'T1', interviewId: 'SYNTHETIC-INT-2', sessionId: 'SYNTHETIC-before', currentPlan: false },
    ]);
  });
});
