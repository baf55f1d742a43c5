import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { rowPlan } from '../../../tests/fixtures/syntheticPlan';
import type { PlanFeature, Source } from '../types';
import { applyChange, ChangeError, emptyWork, type Change } from './changes';
import { edit, EMPTY_HISTORY, redo, undo } from './history';
import type { FacilityWork } from './workTypes';

const T0 = '2026-11-22T10:00:00.000Z';
const T1 = '2026-11-22T10:01:00.000Z';
const plan = rowPlan();
const rooms = plan.features.filter((feature): feature is Extract<PlanFeature, { kind: 'room' }> => feature.kind === 'room');
const [roomA, roomB] = rooms;
if (!roomA || !roomB) throw new Error('the synthetic plan has too few rooms');

const source: Source = { id: 'SYNTHETIC-diagram-source', kind: 'diagram', title: 'SYNTHETIC diagram', visibility: 'restricted' };
const start: FacilityWork = deepFreeze({ ...emptyWork(plan.facilityId, T0), features: [roomA], sources: [source] });

/** Applies a change, then checks its inverse restores the start and re-applying gives the same result again. */
function roundTrip(change: Change): FacilityWork {
  const applied = applyChange(start, change, T1);
  const undone = applyChange(applied.work, applied.inverse, T1);
  expect({ ...undone.work, updatedAt: T0 }).toEqual(start);
  expect(applyChange(undone.work, change, T1).work).toEqual(applied.work);
  return applied.work;
}

describe('the change funnel', () => {
  it('inserts a record at an index, and undoes it', () => {
    const work = roundTrip({ type: 'insert', collection: 'features', record: roomB, index: 0 });
    expect(work.features.map((feature) => feature.id)).toEqual([roomB.id, roomA.id]);
    expect(work.updatedAt).toBe(T1);
  });

  it('replaces a record (a property edit or a move), and undoes it', () => {
    const renamed = { ...roomA, name: { en: 'SYNTHETIC renamed', ko: '이름' } };
    expect(roundTrip({ type: 'replace', collection: 'features', record: renamed }).features[0]).toEqual(renamed);
  });

  it('deletes a record and puts it back where it was on undo', () => {
    const work = roundTrip({ type: 'delete', collection: 'sources', id: source.id });
    expect(work.sources).toEqual([]);
  });

  it('applies a batch as one step, undone in reverse order', () => {
    const moved = { ...roomB, name: { en: 'SYNTHETIC moved' } };
    const work = roundTrip({
      type: 'batch',
      label: 'SYNTHETIC add and rename',
      changes: [
        { type: 'insert', collection: 'features', record: roomB },
        { type: 'replace', collection: 'features', record: moved },
      ],
    });
    expect(work.features).toEqual([roomA, moved]);
  });

  it('refuses a change that does not fit the work, leaving it untouched', () => {
    expect(() => applyChange(start, { type: 'insert', collection: 'features', record: roomA }, T1)).toThrow(ChangeError);
    expect(() => applyChange(start, { type: 'delete', collection: 'violations', id: 'SYNTHETIC-missing' }, T1)).toThrow(/not there/);
  });
});

describe('undo and redo', () => {
  it('undoes and redoes a sequence of edits of every kind', () => {
    let state = { work: start, history: EMPTY_HISTORY };
    const changes: Change[] = [
      { type: 'insert', collection: 'features', record: roomB },
      { type: 'replace', collection: 'features', record: { ...roomB, heightM: 3.1 } },
      { type: 'delete', collection: 'features', id: roomA.id },
    ];
    const snapshots = [state.work];
    for (const change of changes) {
      state = edit(state.work, state.history, change, T1);
      snapshots.push(state.work);
    }
    for (let step = changes.length - 1; step >= 0; step--) {
      state = undo(state.work, state.history, T1) ?? state;
      expect(state.work.features).toEqual(snapshots[step]?.features);
    }
    expect(undo(state.work, state.history, T1)).toBeNull();
    for (let step = 1; step <= changes.length; step++) {
      state = redo(state.work, state.history, T1) ?? state;
      expect(state.work.features).toEqual(snapshots[step]?.features);
    }
    expect(redo(state.work, state.history, T1)).toBeNull();
  });

  it('drops the redo branch when a new edit follows an undo', () => {
    const first = edit(start, EMPTY_HISTORY, { type: 'insert', collection: 'features', record: roomB }, T1);
    const undone = undo(first.work, first.history, T1);
    if (!undone) throw new Error('nothing to undo');
    const other = edit(undone.work, undone.history, { type: 'delete', collection: 'sources', id: source.id }, T1);
    expect(other.history.future).toEqual([]);
    expect(redo(other.work, other.history, T1)).toBeNull();
  });

  it('joins edits with one coalesce key (typing in a field) into one step that undoes and redoes whole', () => {
    const typed = ['S', 'SY', 'SYN'].reduce(
      (state, text) => edit(state.work, state.history, { type: 'replace', collection: 'features', record: { ...roomA, name: { en: text } } }, T1, `${roomA.id}:name`),
      { work: start, history: EMPTY_HISTORY },
    );
    expect(typed.history.past).toHaveLength(1);
    const undone = undo(typed.work, typed.history, T1);
    expect(undone?.work.features[0]).toEqual(roomA);
    const redone = undone && redo(undone.work, undone.history, T1);
    expect(redone?.work.features[0]?.name).toEqual({ en: 'SYN' });
  });

  it('keeps edits with different coalesce keys as separate steps', () => {
    const first = edit(start, EMPTY_HISTORY, { type: 'replace', collection: 'features', record: { ...roomA, name: { en: 'A' } } }, T1, 'name');
    const second = edit(first.work, first.history, { type: 'replace', collection: 'features', record: { ...roomA, name: { en: 'A' }, basis: 'B' } }, T1, 'basis');
    expect(second.history.past).toHaveLength(2);
  });
});
