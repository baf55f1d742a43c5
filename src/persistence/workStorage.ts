/**
 * Where the workbench keeps work between sessions: the interface, so IndexedDB and tests share one contract.
 * A facility's work is kept as a compacted state (its records and undo history as of entry `seq`) and the log of
 * entries appended since; only the workbench's store (src/store/workCore.ts) writes it, under the facility's lock.
 */
import type { NumberedEntry } from '../domain/workbench/changeLog';
import type { History } from '../domain/workbench/history';
import type { FacilityWork } from '../domain/workbench/workTypes';

export interface StoredWork {
  work: FacilityWork;
  history: History;
}

/** What storage holds for one facility, as read: entries are not checked here (replay does that). */
export interface StoredLog {
  base: StoredWork;
  /** The last entry folded into `base`. */
  seq: number;
  /** The data contract version of the records in `base` and the entries (a later record migration hooks on it). */
  contractVersion: number;
  entries: { seq: number; entry: unknown }[];
}

export interface WorkSummary {
  facilityId: string;
  updatedAt: string;
  features: number;
  violations: number;
  sources: number;
  diagrams: number;
}

export interface StoredImage {
  bytes: Uint8Array;
  mediaType: string;
}

/** What could not be used, kept apart rather than deleted (an unreadable tail of the log, a broken record). */
export interface SetAside {
  facilityId: string;
  at: string;
  reason: string;
  content: unknown;
}

/** Every write resolves only once it has committed durably, so "saved" means saved. Failures reject with StorageError. */
export interface WorkStorage {
  listWorks(): Promise<WorkSummary[]>;
  /** The facility's work replayed from its log (read-only: for previews, exports and lists). */
  loadWork(facilityId: string): Promise<StoredWork | null>;
  readLog(facilityId: string): Promise<StoredLog | null>;
  /** The stored row and entries exactly as they are, readable or not (to set an unreadable work aside). */
  readRaw(facilityId: string): Promise<{ row: unknown; entries: unknown[] }>;
  /** Appends entries in one transaction; the first append of a facility also stores `start` as its compacted state. */
  appendEntries(facilityId: string, entries: readonly NumberedEntry[], start: StoredWork): Promise<void>;
  /**
   * Replaces all that is stored of the facility with `base` (the state as of entry `seq`), emptying its log, and
   * sets `aside` apart, in one transaction. Called only when every entry written is folded into `base`.
   */
  compact(facilityId: string, base: StoredWork, seq: number, aside?: SetAside): Promise<void>;
  putImage(key: string, image: StoredImage): Promise<void>;
  getImage(key: string): Promise<StoredImage | null>;
  getMeta<T>(key: string): Promise<T | undefined>;
  setMeta(key: string, value: unknown): Promise<void>;
}

export function summarise({ work }: StoredWork): WorkSummary {
  const { facilityId, updatedAt, features, violations, sources, diagrams } = work;
  return { facilityId, updatedAt, features: features.length, violations: violations.length, sources: sources.length, diagrams: diagrams.length };
}
