import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { answeredSession, SESSION_PLAN_HASH } from '../../../tests/fixtures/interviewSessions';
import { rowPlan } from '../../../tests/fixtures/syntheticPlan';
import { roomCorroboration } from '../interview/corroboration';
import { emptyWork } from './changes';
import { corroborationRows } from './corroborationRows';

const AT = '2026-11-22T10:00:00.000Z';
const published = rowPlan({ facilityId: 'SYNTHETIC-facility', rooms: 2 }).features;
const cell0 = published.find((feature) => feature.id === 'SYNTHETIC-cell-0')!;
// The work holds its own version of cell 0 (renamed); the other rooms are only in the published plan.
const work = deepFreeze({ ...emptyWork('SYNTHETIC-facility', AT), features: [{ ...cell0, name: { en: 'SYNTHETIC own cell 0' } }] });
const sessions = deepFreeze([
  answeredSession({ id: 'SYNTHETIC-s1', interviewId: 'SYNTHETIC-INT-1' }, [['yes', ''], ['yes', 'SYNTHETIC: small'], ['no', 'SYNTHETIC: no window']]),
  answeredSession({ id: 'SYNTHETIC-s2', interviewId: 'SYNTHETIC-INT-2' }, [['yes', ''], ['yes', ''], ['unsure', '']]),
  answeredSession({ id: 'SYNTHETIC-s3', interviewId: 'SYNTHETIC-INT-3', planHash: 'SYNTHETIC-earlier-hash' }, [['no', 'SYNTHETIC: older plan']]),
]);
const counts = roomCorroboration(sessions, 'SYNTHETIC-facility', SESSION_PLAN_HASH);

describe('the workbench table of interview answers per room', () => {
  const rows = corroborationRows(work, published, counts);
  const row = (id: string) => rows.find((item) => item.room.id === id);

  it("lists the work's rooms first, in their own version, then the published plan's other rooms", () => {
    expect(rows.map((item) => item.room.id)).toEqual(['SYNTHETIC-cell-0', ...published.filter((feature) => feature.kind === 'room' && feature.id !== 'SYNTHETIC-cell-0').map((feature) => feature.id)]);
    expect(row('SYNTHETIC-cell-0')?.room.name.en).toBe('SYNTHETIC own cell 0');
  });

  it('counts the answers about the plan as it is now, the earlier ones apart, with the notes that say something', () => {
    expect(row('SYNTHETIC-corridor')).toMatchObject({ yes: 2, no: 0, unsure: 0, earlier: 1, earlierNotes: [{ interviewId: 'SYNTHETIC-INT-3', note: 'SYNTHETIC: older plan' }] });
    expect(row('SYNTHETIC-cell-1')).toMatchObject({ yes: 0, no: 1, unsure: 1, earlier: 0, notes: [{ interviewId: 'SYNTHETIC-INT-1', note: 'SYNTHETIC: no window' }] });
  });

  it('offers marking corroborated only for a room of the work two interviews confirmed, with their ids', () => {
    expect(row('SYNTHETIC-cell-0')?.canMarkWith).toEqual(['SYNTHETIC-INT-1', 'SYNTHETIC-INT-2']);
    // Confirmed twice too, but not in the work: nothing to mark.
    expect(row('SYNTHETIC-corridor')?.canMarkWith).toBeNull();
    const marked = { ...work, features: [{ ...work.features[0]!, confidence: 'corroborated' as const }] };
    expect(corroborationRows(marked, published, counts)[0]).toMatchObject({ corroborated: true, canMarkWith: null });
  });
});
