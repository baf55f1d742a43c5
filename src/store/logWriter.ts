/**
 * The ordered save queue of one facility's work: entries wait in memory in the order they were made and are
 * appended in that order, all that waited going in one transaction (a burst of keystrokes is a few writes, not
 * one each), and the log is compacted once enough entries have piled up. One writer per open work, never at
 * module level. A failed append keeps its entries waiting, so a retry (or the next edit) writes them again.
 */
import { COMPACT_AFTER, type NumberedEntry } from '../domain/workbench/changeLog';
import type { StoredWork, WorkStorage } from '../persistence/workStorage';

export interface LogWriterOptions {
  facilityId: string;
  storage: WorkStorage;
  /** The state every entry written so far leads to, and its seq (taken only when no entry is waiting). */
  snapshot: () => { stored: StoredWork; seq: number };
  /** Every entry up to `seq` has committed. */
  onSaved: (seq: number) => void;
  onFailed: (error: unknown) => void;
  onIdle: () => void;
}

export interface LogWriter {
  /** Queues an entry; writing starts at once unless a write is already under way (it then follows it). */
  push: (entry: NumberedEntry) => void;
  /** Writes what is waiting again, after a failure. */
  retry: () => void;
  /** Resolves when nothing is being written. */
  settled: () => Promise<void>;
  waiting: () => number;
  /** The compacted state written with the first entries of a facility that has none stored. */
  setStart: (start: StoredWork, seq: number) => void;
}

export function createLogWriter({ facilityId, storage, snapshot, onSaved, onFailed, onIdle }: LogWriterOptions): LogWriter {
  let waiting: NumberedEntry[] = [];
  let running: Promise<void> | null = null;
  let start: StoredWork | null = null;
  let compactedSeq = 0;
  let failed = false;

  const compact = async () => {
    const { stored, seq } = snapshot();
    await storage.compact(facilityId, stored, seq);
    compactedSeq = seq;
  };

  const loop = async () => {
    failed = false;
    while (waiting.length > 0) {
      const batch = waiting.slice();
      try {
        if (!start) throw new Error('the work was written before it was opened');
        await storage.appendEntries(facilityId, batch, start);
      } catch (error) {
        failed = true;
        onFailed(error);
        return;
      }
      waiting = waiting.slice(batch.length);
      const last = batch[batch.length - 1]?.seq ?? compactedSeq;
      onSaved(last);
      // Compacted only between bursts, so the snapshot is exactly the state the log leads to.
      if (waiting.length === 0 && last - compactedSeq >= COMPACT_AFTER) {
        // A failed compaction loses nothing: the entries stay in the log and the next burst tries again.
        await compact().catch(() => undefined);
      }
    }
    onIdle();
  };

  const kick = () => {
    if (running) return;
    running = loop().finally(() => {
      running = null;
      // Entries pushed while the last append was failing wait for a retry; those pushed after success are written.
      if (waiting.length > 0 && !failed) kick();
    });
  };

  return {
    push: (entry) => {
      waiting.push(entry);
      // After a failure too: each edit tries again, as a person would expect from "saving…".
      kick();
    },
    retry: kick,
    settled: async () => {
      while (running) await running;
    },
    waiting: () => waiting.length,
    setStart: (stored, seq) => {
      start = stored;
      compactedSeq = seq;
    },
  };
}
