import { describe, expect, it } from 'vitest';
import { rowPlan } from '../../tests/fixtures/syntheticPlan';
import { deepFreeze } from '../../tests/fixtures/deepFreeze';
import { emptyWork } from '../domain/workbench/changes';
import { edit, EMPTY_HISTORY } from '../domain/workbench/history';
import { migrateRecords, migrateWorkRow, RECORD_STEPS, WORK_ROW_STEPS, WORK_ROW_VERSION } from './workRows';

const AT = '2026-11-22T10:00:00.000Z';
const [building] = rowPlan().features;
const stored = deepFreeze(edit(emptyWork('SYNTHETIC-facility', AT), EMPTY_HISTORY, { type: 'insert', collection: 'features', record: building! }, AT));

describe('work rows', () => {
  it('has one step for each format version up to the current one', () => {
    expect(WORK_ROW_STEPS.map((step) => step.version)).toEqual([2]);
    expect(WORK_ROW_VERSION).toBe(2);
  });

  it('reads a format 1 row as the compacted state at seq 0 of contract 1', () => {
    expect(migrateWorkRow({ schemaVersion: 1, ...stored })).toEqual({ schemaVersion: 2, seq: 0, contractVersion: 1, ...stored });
  });

  it('refuses a row with no content, and one from a newer format, saying which', () => {
    expect(() => migrateWorkRow({ schemaVersion: 1 })).toThrow(expect.objectContaining({ kind: 'corrupt' }));
    expect(() => migrateWorkRow({ schemaVersion: 3, ...stored })).toThrow(expect.objectContaining({ kind: 'newer' }));
  });
});

describe('record migrations', () => {
  it('takes contract 1 records to contract 2 unchanged (contract 2 only adds optional fields)', () => {
    expect(RECORD_STEPS.map((step) => step.version)).toEqual([2]);
    expect(migrateRecords(stored, 1, 2)).toEqual(stored);
  });

  it('hooks a later step into the records of the work and of every undo and redo step', () => {
    const undone = deepFreeze({ work: emptyWork('SYNTHETIC-facility', AT), history: { past: [], future: stored.history.past } });
    const steps = [{ version: 3, describe: 'SYNTHETIC: names gain a mark', up: (_collection: string, record: unknown) => ({ ...(record as object), migrated: 3 }) }];
    const withDone = migrateRecords(stored, 2, 3, steps);
    expect(withDone.work.features[0]).toMatchObject({ id: building!.id, migrated: 3 });
    expect(withDone.history.past[0]?.redo).toMatchObject({ record: { migrated: 3 } });
    expect(migrateRecords(undone, 2, 3, steps).history.future[0]?.redo).toMatchObject({ record: { migrated: 3 } });
  });

  it('leaves a work already at the target version as it is', () => {
    expect(migrateRecords(stored, 2, 2)).toBe(stored);
  });
});
