import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, SYNTHETIC_FACILITY } from '../../tests/fixtures/testWorkCore';
import { rowPlan } from '../../tests/fixtures/syntheticPlan';
import { COMPACT_AFTER } from '../domain/workbench/changeLog';
import { emptyWork } from '../domain/workbench/changes';
import { edit, EMPTY_HISTORY } from '../domain/workbench/history';
import { openAtlasDb } from '../persistence/indexedDbStorage';
import { DB_NAME, MIGRATIONS, STORES } from '../persistence/schema';
import type { WorkCore } from './workCore';

const [building, room] = rowPlan({ facilityId: SYNTHETIC_FACILITY }).features;
const AT = '2026-11-22T10:00:00.000Z';
let harness: ReturnType<typeof createHarness>;

beforeEach(() => {
  harness = createHarness();
});

afterEach(() => harness.dispose());

/** Types `text` into the building's English name one letter at a time, as the property editor does. */
function type(core: WorkCore, text: string) {
  for (let length = 1; length <= text.length; length++) {
    core.apply({ type: 'replace', collection: 'features', record: { ...building!, name: { en: text.slice(0, length) } } }, { coalesce: 'features:building-1:name.en' });
  }
}

/** Closes `core` and opens the facility again in a new store, as a reload does. */
async function reopen(core: WorkCore) {
  await core.close();
  return harness.open();
}

const stateOf = (core: WorkCore) => {
  const { work, history } = core.store.getState();
  return { work, history };
};

describe('the work kept as a change log', () => {
  it('opens after a reload with the same work and undo history that were on screen', async () => {
    const core = await harness.open();
    core.apply({ type: 'insert', collection: 'features', record: building! });
    type(core, 'SYNTHETIC block');
    core.apply({ type: 'insert', collection: 'features', record: room! });
    core.undo();
    const before = stateOf(core);
    const again = await reopen(core);
    expect(stateOf(again)).toEqual(before);
    again.redo();
    expect(again.store.getState().work?.features.map((feature) => feature.id)).toEqual([building!.id, room!.id]);
  });

  it('writes a keystroke as one small entry, not the whole work', async () => {
    const core = await harness.open();
    core.apply({ type: 'insert', collection: 'features', record: building! });
    type(core, 'SYNTHETIC');
    await core.settled();
    const { entries } = (await harness.storage.readLog(SYNTHETIC_FACILITY))!;
    const keystroke = JSON.stringify(entries.at(-1)?.entry).length;
    expect(keystroke).toBeLessThan(JSON.stringify(building).length + 200);
  });

  it(`compacts the log after ${COMPACT_AFTER} entries, losing nothing`, async () => {
    const core = await harness.open();
    core.apply({ type: 'insert', collection: 'features', record: building! });
    await core.settled();
    type(core, 'x'.repeat(COMPACT_AFTER + 10));
    await core.settled();
    const log = (await harness.storage.readLog(SYNTHETIC_FACILITY))!;
    expect(log.seq).toBe(COMPACT_AFTER + 11);
    expect(log.entries).toEqual([]);
    const before = stateOf(core);
    expect(stateOf(await reopen(core))).toEqual(before);
  });

  it('sets a torn last entry aside on opening, keeps every entry before it, and goes on from there', async () => {
    const core = await harness.open();
    core.apply({ type: 'insert', collection: 'features', record: building! });
    const before = stateOf(core);
    await core.close();
    const db = await openDB(DB_NAME);
    await db.put(STORES.changes, { facilityId: SYNTHETIC_FACILITY, seq: 2, entry: { type: 'edit', at: AT, change: { type: 'insert', collection: 'features' } } });
    db.close();
    const again = await harness.open();
    expect(again.store.getState()).toMatchObject({ status: 'ready', setAside: 1, editSeq: 1 });
    expect(stateOf(again)).toEqual(before);
    again.apply({ type: 'insert', collection: 'features', record: room! });
    const after = stateOf(again);
    expect(stateOf(await reopen(again))).toEqual(after);
    const aside = (await (await openAtlasDb()).getAll(STORES.setAside)) as { facilityId: string; content: { seq: number }[] }[];
    expect(aside).toMatchObject([{ facilityId: SYNTHETIC_FACILITY, content: [{ seq: 2 }] }]);
  });

  it("opens a work stored in today's format ({work, history}) with its undo history, and undoes its last step", async () => {
    await harness.dispose();
    harness = createHarness();
    const stored = edit(emptyWork(SYNTHETIC_FACILITY, AT), EMPTY_HISTORY, { type: 'insert', collection: 'features', record: building! }, AT);
    const today = await openAtlasDb({ version: 2, steps: MIGRATIONS.slice(0, 2) });
    await today.put(STORES.works, { schemaVersion: 1, ...stored });
    today.close();
    const core = await harness.open();
    expect(stateOf(core)).toEqual(stored);
    core.undo();
    expect(core.store.getState().work?.features).toEqual([]);
  });
});

describe('a broken record in stored work', () => {
  async function storedWithBrokenSource() {
    const core = await harness.open();
    core.apply({ type: 'insert', collection: 'features', record: building! });
    await core.close();
    const db = await openDB(DB_NAME);
    const row = await db.get(STORES.works, SYNTHETIC_FACILITY);
    // As a bundle read before imports were checked could leave it: a source title that is an object.
    row.work.sources.push({ id: 'SYNTHETIC-broken', kind: 'report', title: { en: 'object' }, visibility: 'public' });
    await db.put(STORES.works, row);
    db.close();
  }

  it('opens as broken, naming the record and the field, and edits nothing', async () => {
    await storedWithBrokenSource();
    const core = await harness.open();
    expect(core.store.getState()).toMatchObject({ status: 'broken', broken: { records: [{ collection: 'sources', id: 'SYNTHETIC-broken', problems: ['title is {"en":"object"}, expected text'] }] } });
    expect(core.apply({ type: 'insert', collection: 'features', record: room! })).toBe(false);
  });

  it('sets the broken record aside on request and opens the rest, kept after a reload', async () => {
    await storedWithBrokenSource();
    const core = await harness.open();
    await core.removeBroken();
    expect(core.store.getState()).toMatchObject({ status: 'ready', broken: null, work: { sources: [], features: [{ id: building!.id }] } });
    expect(core.apply({ type: 'insert', collection: 'features', record: room! })).toBe(true);
    const again = await reopen(core);
    expect(again.store.getState().work?.features).toHaveLength(2);
    const aside = (await (await openAtlasDb()).getAll(STORES.setAside)) as { content: { record: { id: string } }[] }[];
    expect(aside[0]?.content[0]?.record.id).toBe('SYNTHETIC-broken');
  });

  it('starts afresh from a work that cannot be read at all, keeping the unreadable row aside', async () => {
    const db = await openAtlasDb();
    await db.put(STORES.works, { schemaVersion: 2, work: { facilityId: SYNTHETIC_FACILITY } });
    db.close();
    const core = await harness.open();
    expect(core.store.getState()).toMatchObject({ status: 'broken', broken: { records: [], unreadable: expect.stringContaining('could not be read') } });
    await core.removeBroken();
    expect(core.store.getState()).toMatchObject({ status: 'ready', work: { facilityId: SYNTHETIC_FACILITY, features: [] } });
    const aside = (await (await openAtlasDb()).getAll(STORES.setAside)) as { content: { row: unknown } }[];
    expect(aside[0]?.content.row).toEqual({ schemaVersion: 2, work: { facilityId: SYNTHETIC_FACILITY } });
  });
});
