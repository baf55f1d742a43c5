import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { rowPlan } from '../../../tests/fixtures/syntheticPlan';
import { applyEntry, entryShapeProblem, replayLog, type LogEntry } from './changeLog';
import { emptyWork } from './changes';
import { EMPTY_HISTORY, type Edited } from './history';

const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString();
const [building, room, door] = rowPlan({ facilityId: 'SYNTHETIC-facility' }).features;
const start: Edited = deepFreeze({ work: emptyWork('SYNTHETIC-facility', at(0)), history: EMPTY_HISTORY });

/** A session's worth of entries: inserts, a name typed letter by letter (one undo step), an undo and a redo, a batch. */
const ENTRIES: LogEntry[] = deepFreeze([
  { type: 'edit', change: { type: 'insert', collection: 'features', record: building! }, at: at(1) },
  ...[...'SYNTHETIC'].map((_, index): LogEntry => ({ type: 'edit', change: { type: 'replace', collection: 'features', record: { ...building!, name: { en: 'SYNTHETIC'.slice(0, index + 1) } } }, at: at(2 + index), coalesce: 'features:building:name.en' })),
  { type: 'undo', at: at(20) },
  { type: 'redo', at: at(21) },
  { type: 'edit', change: { type: 'batch', label: 'room and door', changes: [{ type: 'insert', collection: 'features', record: room! }, { type: 'insert', collection: 'features', record: door! }] }, at: at(22) },
  { type: 'edit', change: { type: 'delete', collection: 'features', id: room!.id }, at: at(23) },
  { type: 'undo', at: at(24) },
]);
const numbered = ENTRIES.map((entry, index) => ({ seq: index + 1, entry }));

/** The state the entries lead to when applied one by one, as the store applies them. */
const live = ENTRIES.reduce((state, entry) => applyEntry(state, entry) ?? state, start);

describe('the change log', () => {
  it('rebuilds the work and its undo history exactly by replaying the entries', () => {
    const replayed = replayLog(start, 0, numbered);
    expect(replayed).toEqual({ state: live, seq: ENTRIES.length, unreadable: [] });
    expect(replayed.state.work.features.map((feature) => feature.id)).toEqual([building!.id, room!.id, door!.id]);
    expect(replayed.state.work.features[0]?.name.en).toBe('SYNTHETIC');
    expect(replayed.state.history.past).toHaveLength(3);
    expect(replayed.state.history.future).toHaveLength(1);
  });

  it('replays in seq order whatever order storage returns the entries in', () => {
    expect(replayLog(start, 0, [...numbered].reverse()).state).toEqual(live);
  });

  it('loses nothing by compaction: replaying the rest on a compacted state gives the same work and history', () => {
    for (const cut of [1, 5, 12, ENTRIES.length]) {
      const compacted = replayLog(start, 0, numbered.slice(0, cut));
      // Storage may still return the entries a compaction folded in; they are not applied twice.
      expect(replayLog(compacted.state, cut, numbered)).toEqual({ state: live, seq: ENTRIES.length, unreadable: [] });
    }
  });

  it('stops at a torn last entry, keeping every entry before it and setting the torn one aside', () => {
    const torn = [...numbered.slice(0, 3), { seq: 4, entry: { type: 'edit', at: at(4), change: { type: 'replace', collection: 'features' } } }];
    const replayed = replayLog(start, 0, torn);
    expect(replayed.seq).toBe(3);
    expect(replayed.state).toEqual(replayLog(start, 0, numbered.slice(0, 3)).state);
    expect(replayed.unreadable).toEqual([{ seq: 4, entry: torn[3]!.entry, reason: 'a replace of a record without an id' }]);
  });

  it('sets aside everything after a gap or an entry the funnel refuses, since what follows was built on it', () => {
    const gap = replayLog(start, 0, [numbered[0]!, numbered[2]!, numbered[3]!]);
    expect(gap).toMatchObject({ seq: 1, unreadable: [{ seq: 3, reason: 'entry 2 is missing' }, { seq: 4, reason: 'follows an unreadable entry' }] });
    const twice = replayLog(start, 0, [numbered[0]!, { seq: 2, entry: numbered[0]!.entry }, numbered[2]!]);
    expect(twice).toMatchObject({ seq: 1, unreadable: [{ seq: 2, reason: expect.stringContaining('already exists') }, { seq: 3 }] });
  });

  it('tells a readable entry from a damaged one', () => {
    expect(ENTRIES.map(entryShapeProblem)).toEqual(ENTRIES.map(() => null));
    expect(entryShapeProblem(null)).toBe('the entry is null');
    expect(entryShapeProblem({ type: 'undo' })).toBe("the entry's time is missing");
    expect(entryShapeProblem({ type: 'edit', at: at(0), change: { type: 'insert', collection: 'rooms', record: { id: 'x' } } })).toBe('the collection is "rooms"');
    expect(entryShapeProblem({ type: 'edit', at: at(0), change: { type: 'batch', changes: [{ type: 'move', collection: 'features' }] } })).toBe('the change type is "move"');
  });
});
