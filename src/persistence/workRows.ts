/**
 * The stored row of a facility's work and its migrations, one step per format version, and the hook for the
 * data contract's own versions: rows say which contract version their records follow, and a record migration
 * step (applied to the work's records and to those in its undo history) runs when a row is older.
 */
import { SCHEMA_VERSION } from '../domain/enums';
import type { Change, CollectionName } from '../domain/workbench/changes';
import type { History, Step } from '../domain/workbench/history';
import type { FacilityWork } from '../domain/workbench/workTypes';
import { StorageError } from './storageError';
import type { StoredWork } from './workStorage';

/** Format 2: a compacted state with the seq of the last log entry folded in and its records' contract version. */
export const WORK_ROW_VERSION = 2;

export interface WorkRow extends StoredWork {
  schemaVersion: number;
  seq: number;
  contractVersion: number;
}

interface RowStep {
  version: number;
  describe: string;
  up: (row: Record<string, unknown>) => Record<string, unknown>;
}

export const WORK_ROW_STEPS: readonly RowStep[] = [
  {
    version: 2,
    describe: 'a whole-work row ({work, history}) becomes the compacted state at seq 0 of an empty log; its records are contract 1',
    up: (row) => ({ ...row, schemaVersion: 2, seq: 0, contractVersion: 1 }),
  },
];

export function toWorkRow(stored: StoredWork, seq: number, contractVersion = SCHEMA_VERSION): WorkRow {
  return { schemaVersion: WORK_ROW_VERSION, seq, contractVersion, work: stored.work, history: stored.history };
}

/** Reads a stored row of any format this app knows, refusing what it cannot read rather than guessing. */
export function migrateWorkRow(row: unknown): WorkRow {
  const candidate = row as Record<string, unknown> | null;
  const version = candidate?.schemaVersion;
  if (typeof version !== 'number' || typeof candidate?.work !== 'object' || candidate.work === null || typeof candidate.history !== 'object' || candidate.history === null) {
    throw new StorageError('corrupt', 'A saved work has no version or no content; it was left untouched.');
  }
  if (version > WORK_ROW_VERSION) {
    throw new StorageError('newer', `(work format ${version})`);
  }
  let migrated = candidate;
  for (const step of WORK_ROW_STEPS) if (step.version > version) migrated = step.up(migrated);
  return migrated as unknown as WorkRow;
}

export interface RecordStep {
  /** The contract version this step upgrades records to. */
  version: number;
  describe: string;
  up: (collection: CollectionName, record: unknown) => unknown;
}

export const RECORD_STEPS: readonly RecordStep[] = [
  { version: 2, describe: 'contract 2 only adds optional fields: a record of contract 1 is one of contract 2 as it is', up: (_collection, record) => record },
];

const COLLECTIONS: CollectionName[] = ['features', 'violations', 'sources', 'diagrams'];

function mapChange(change: Change, up: (collection: CollectionName, record: unknown) => unknown): Change {
  if (change.type === 'batch') return { ...change, changes: change.changes.map((step) => mapChange(step, up)) };
  if (change.type === 'delete') return change;
  return { ...change, record: up(change.collection, change.record) } as Change;
}

/** The work and history with every record brought from contract `from` to `to`; the same objects when no step applies. */
export function migrateRecords(stored: StoredWork, from: number, to = SCHEMA_VERSION, known: readonly RecordStep[] = RECORD_STEPS): StoredWork {
  const steps = known.filter((step) => step.version > from && step.version <= to).sort((a, b) => a.version - b.version);
  if (steps.length === 0) return stored;
  const up = (collection: CollectionName, record: unknown) => steps.reduce((current, step) => step.up(collection, current), record);
  const work = { ...stored.work } as FacilityWork;
  for (const collection of COLLECTIONS) (work as unknown as Record<string, unknown[]>)[collection] = stored.work[collection].map((record) => up(collection, record));
  const mapStep = (step: Step): Step => ({ ...step, redo: mapChange(step.redo, up), undo: mapChange(step.undo, up) });
  const history: History = { past: stored.history.past.map(mapStep), future: stored.history.future.map(mapStep) };
  return { work, history };
}
