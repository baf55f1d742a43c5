/** The loaded dataset and the problems found in it. Read-only in this release; edits arrive with the workbench. */
import { create } from 'zustand';
import type { Problem } from '../domain/problems';
import type { Dataset, Facility } from '../domain/types';
import type { LoadResult } from '../domain/loadDataset';

type DatasetStatus = 'loading' | 'ready' | 'failed';

/** Loads a dataset; may hand over the facilities first, checked on their own, while the rest is still checked. */
export type DatasetLoader = (onFacilities: (facilities: Facility[]) => void) => Promise<LoadResult>;

interface DatasetState {
  status: DatasetStatus;
  dataset: Dataset | null;
  problems: Problem[];
  failure: string | null;
  /** The facilities, before the whole dataset is ready: enough for the map to draw them first. */
  earlyFacilities: Facility[] | null;
  /** Runs a loader and records its outcome; a thrown error becomes a visible failure, never a blank page. */
  load: (loader: DatasetLoader) => Promise<void>;
}

export const useDatasetStore = create<DatasetState>()((set) => ({
  status: 'loading',
  dataset: null,
  problems: [],
  failure: null,
  earlyFacilities: null,
  load: async (loader) => {
    set({ status: 'loading', failure: null, earlyFacilities: null });
    try {
      const { dataset, problems } = await loader((facilities) => set({ earlyFacilities: facilities }));
      set({ status: 'ready', dataset, problems, earlyFacilities: null });
    } catch (error) {
      set({ status: 'failed', failure: error instanceof Error ? error.message : String(error), earlyFacilities: null });
    }
  },
}));
