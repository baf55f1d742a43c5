/** The loaded dataset and the problems found in it. Read-only in this release; edits arrive with the workbench. */
import { create } from 'zustand';
import type { Problem } from '../domain/problems';
import type { Dataset } from '../domain/types';
import type { LoadResult } from '../domain/loadDataset';

type DatasetStatus = 'loading' | 'ready' | 'failed';

interface DatasetState {
  status: DatasetStatus;
  dataset: Dataset | null;
  problems: Problem[];
  failure: string | null;
  /** Runs a loader and records its outcome; a thrown error becomes a visible failure, never a blank page. */
  load: (loader: () => Promise<LoadResult>) => Promise<void>;
}

export const useDatasetStore = create<DatasetState>()((set) => ({
  status: 'loading',
  dataset: null,
  problems: [],
  failure: null,
  load: async (loader) => {
    set({ status: 'loading', failure: null });
    try {
      const { dataset, problems } = await loader();
      set({ status: 'ready', dataset, problems });
    } catch (error) {
      set({ status: 'failed', failure: error instanceof Error ? error.message : String(error) });
    }
  },
}));
