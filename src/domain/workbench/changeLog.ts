/**
 * The work as a log of what was done to it: each edit, undo and redo is one small entry, appended as it happens,
 * and replaying the entries in order on the last compacted state rebuilds the work and its undo history exactly
 * (the funnel is deterministic: every entry carries its time). A keystroke is then stored as the one record it
 * changed, not the whole work; compaction folds the entries into a new state now and then.
 */
import { ChangeError, type Change, type CollectionName } from './changes';
import { edit, redo, undo, type Edited } from './history';
import { isObject, shown } from '../shape/checks';

export type LogEntry =
  | { type: 'edit'; change: Change; at: string; coalesce?: string }
  | { type: 'undo'; at: string }
  | { type: 'redo'; at: string };

/** A log entry with its place in the facility's log (1, 2, 3 … after the compacted state's `seq`). */
export interface NumberedEntry {
  seq: number;
  entry: LogEntry;
}

/** The state an entry leads to; null when the entry changes nothing (an undo with nothing to undo). */
export function applyEntry(state: Edited, entry: LogEntry): Edited | null {
  if (entry.type === 'undo') return undo(state.work, state.history, entry.at);
  if (entry.type === 'redo') return redo(state.work, state.history, entry.at);
  return edit(state.work, state.history, entry.change, entry.at, entry.coalesce);
}

const COLLECTIONS: readonly string[] = ['features', 'violations', 'sources', 'diagrams'] satisfies CollectionName[];

/** Why `value` is not a change of the funnel's shape, or null. Records are checked by id only: replay needs no more. */
export function changeShapeProblem(value: unknown): string | null {
  if (!isObject(value)) return `the change is ${shown(value)}`;
  if (value.type === 'batch') {
    if (!Array.isArray(value.changes)) return 'a batch without its list of changes';
    for (const change of value.changes) {
      const problem = changeShapeProblem(change);
      if (problem) return problem;
    }
    return null;
  }
  if (!COLLECTIONS.includes(value.collection as string)) return `the collection is ${shown(value.collection)}`;
  if (value.type === 'delete') return typeof value.id === 'string' ? null : `a delete of id ${shown(value.id)}`;
  if (value.type !== 'insert' && value.type !== 'replace') return `the change type is ${shown(value.type)}`;
  const record = value.record;
  return isObject(record) && typeof record.id === 'string' ? null : `a ${value.type} of a record without an id`;
}

/** Why `value` is not a readable log entry (a write cut short, a damaged row), or null. */
export function entryShapeProblem(value: unknown): string | null {
  if (!isObject(value)) return `the entry is ${shown(value)}`;
  if (typeof value.at !== 'string') return `the entry's time is ${shown(value.at)}`;
  if (value.type === 'undo' || value.type === 'redo') return null;
  if (value.type !== 'edit') return `the entry type is ${shown(value.type)}`;
  if (value.coalesce !== undefined && typeof value.coalesce !== 'string') return `the entry's coalesce key is ${shown(value.coalesce)}`;
  return changeShapeProblem(value.change);
}

export interface Replayed {
  state: Edited;
  /** The seq of the last entry replayed (the start's when none was). */
  seq: number;
  /** The entries from the first that could not be read or applied on: a torn tail, kept aside, never applied. */
  unreadable: { seq: number; entry: unknown; reason: string }[];
}

/**
 * Replays `entries` (numbered, in any order) on `start`, whose state already includes every entry up to
 * `startSeq`. Replay stops at the first entry that is missing (a gap), unreadable or refused by the funnel: what
 * follows it was built on it, so it is set aside whole rather than applied to the wrong state.
 */
export function replayLog(start: Edited, startSeq: number, entries: readonly { seq: number; entry: unknown }[]): Replayed {
  const ordered = entries.filter((item) => item.seq > startSeq).sort((a, b) => a.seq - b.seq);
  let state = start;
  let seq = startSeq;
  for (const [index, item] of ordered.entries()) {
    const problem = item.seq !== seq + 1 ? `entry ${seq + 1} is missing` : entryShapeProblem(item.entry);
    let next: Edited | null = null;
    let refused = problem;
    if (!problem) {
      try {
        next = applyEntry(state, item.entry as LogEntry);
      } catch (error) {
        if (!(error instanceof ChangeError)) throw error;
        refused = error.message;
      }
    }
    if (refused) {
      return { state, seq, unreadable: ordered.slice(index).map((rest) => ({ seq: rest.seq, entry: rest.entry, reason: rest === item ? refused : 'follows an unreadable entry' })) };
    }
    state = next ?? state;
    seq = item.seq;
  }
  return { state, seq, unreadable: [] };
}

/** How many entries may pile up after the compacted state before they are folded into a new one. */
export const COMPACT_AFTER = 200;
