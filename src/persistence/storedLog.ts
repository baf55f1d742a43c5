/** A stored log replayed into the work it describes, its records brought to this app's contract version. */
import { replayLog, type Replayed } from '../domain/workbench/changeLog';
import { migrateRecords } from './workRows';
import type { StoredLog, StoredWork } from './workStorage';

export interface ReplayedLog {
  stored: StoredWork;
  seq: number;
  unreadable: Replayed['unreadable'];
  /** True when the records were migrated from an older contract version (the state should be compacted). */
  migrated: boolean;
}

export function replayStored(log: StoredLog): ReplayedLog {
  const replayed = replayLog(log.base, log.seq, log.entries);
  const stored = migrateRecords(replayed.state, log.contractVersion);
  return { stored, seq: replayed.seq, unreadable: replayed.unreadable, migrated: stored !== replayed.state };
}
