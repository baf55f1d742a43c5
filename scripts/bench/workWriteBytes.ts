/**
 * Bytes the workbench writes to IndexedDB for one keystroke, before and after the change log: a SYNTHETIC work of
 * 20 cells traced into a building (as "start from the published plan" makes it), then 36 characters typed into a
 * room's name through the workbench's store, over fake-indexeddb. "Before" is the row the store used to write on
 * every edit ({schemaVersion, work, history} with up to 500 steps), computed from the same state; "after" is the
 * log entry actually appended. Sizes are JSON's UTF-8 bytes (what the structured clone holds, near enough).
 * Run: npx tsx scripts/bench/workWriteBytes.ts
 */
import 'fake-indexeddb/auto';
import type { NumberedEntry } from '../../src/domain/workbench/changeLog';
import { HISTORY_LIMIT } from '../../src/domain/workbench/history';
import { createIndexedDbStorage } from '../../src/persistence/indexedDbStorage';
import type { WorkStorage } from '../../src/persistence/workStorage';
import { createWorkCore } from '../../src/store/workCore';
import { createMemoryLocks } from '../../tests/fixtures/memoryLocks';
import { rowPlan } from '../../tests/fixtures/syntheticPlan';
import { median } from './benchSupport';

const FACILITY = 'SYNTHETIC-bench-facility';
const TYPED = 'SYNTHETIC cell where the beating was';
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** Measures one keystroke's write after `priorEdits` other edits (the history the old row carried). */
async function measure(priorEdits: number) {
  const appended: number[] = [];
  const storage = createIndexedDbStorage({ name: `bench-${priorEdits}` });
  const recording: WorkStorage = {
    ...storage,
    appendEntries: async (facilityId, entries: readonly NumberedEntry[], start) => {
      for (const entry of entries) appended.push(bytes({ facilityId, ...entry }));
      await storage.appendEntries(facilityId, entries, start);
    },
  };
  const core = createWorkCore({ facilityId: FACILITY, storage: recording, locks: createMemoryLocks() });
  await core.opened();
  const features = rowPlan({ facilityId: FACILITY, rooms: 20 }).features;
  core.apply({ type: 'batch', label: 'Start from the published plan', changes: features.map((record) => ({ type: 'insert' as const, collection: 'features' as const, record })) });
  const room = features.find((feature) => feature.kind === 'room')!;
  for (let edit = 0; edit < priorEdits; edit++) core.apply({ type: 'replace', collection: 'features', record: { ...room, heightM: 3 + (edit % 7) / 10 } });
  await core.settled();
  appended.length = 0;
  const before: number[] = [];
  for (let length = 1; length <= TYPED.length; length++) {
    core.apply({ type: 'replace', collection: 'features', record: { ...room, name: { en: TYPED.slice(0, length) } } }, { coalesce: `features:${room.id}:name.en` });
    const { work, history } = core.store.getState();
    before.push(bytes({ schemaVersion: 1, work, history }));
    // One keystroke at a time, as a person types: each is its own append.
    await core.settled();
  }
  await core.close();
  return { steps: Math.min(priorEdits + 2, HISTORY_LIMIT), before: median(before), after: median(appended), writes: appended.length };
}

for (const prior of [10, 100, 600]) {
  const { steps, before, after, writes } = await measure(prior);
  console.log(`${String(steps).padStart(3)} undo steps: before ${before.toLocaleString('en')} B a keystroke (the whole work and history), after ${after.toLocaleString('en')} B (one log entry, ${writes} appends for ${TYPED.length} keys); ${(before / after).toFixed(0)}× less`);
}
