/** Where the workbench keeps work between sessions: the interface, so IndexedDB and tests share one contract. */
import type { History } from '../domain/workbench/history';
import type { FacilityWork } from '../domain/workbench/workTypes';

export interface StoredWork {
  work: FacilityWork;
  history: History;
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

/** Every write resolves only once it has committed, so "saved" means saved. Failures reject with StorageError. */
export interface WorkStorage {
  listWorks(): Promise<WorkSummary[]>;
  loadWork(facilityId: string): Promise<StoredWork | null>;
  saveWork(stored: StoredWork): Promise<void>;
  deleteWork(facilityId: string): Promise<void>;
  putImage(key: string, image: StoredImage): Promise<void>;
  getImage(key: string): Promise<StoredImage | null>;
  getMeta<T>(key: string): Promise<T | undefined>;
  setMeta(key: string, value: unknown): Promise<void>;
}

export function summarise({ work }: StoredWork): WorkSummary {
  const { facilityId, updatedAt, features, violations, sources, diagrams } = work;
  return { facilityId, updatedAt, features: features.length, violations: violations.length, sources: sources.length, diagrams: diagrams.length };
}
