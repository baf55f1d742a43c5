/**
 * The loaded dataset and the problems found in it. `dataset` is what the app shows: the bundled dataset with the
 * facilities imported on this device (the register, read through the loader's checks) in it; `bundled` is the
 * published dataset alone, which public exports read.
 */
import { create } from 'zustand';
import { EMPTY_REGISTER, type LocalRegister } from '../domain/localRegister/localRegister';
import { loadRegister, withRegister } from '../domain/localRegister/registerDataset';
import type { Problem } from '../domain/problems';
import type { Dataset, Facility } from '../domain/types';
import type { LoadResult } from '../domain/loadDataset';

type DatasetStatus = 'loading' | 'ready' | 'failed';

/** Loads a dataset; may hand over the facilities first, checked on their own, while the rest is still checked. */
export type DatasetLoader = (onFacilities: (facilities: Facility[]) => void) => Promise<LoadResult>;

const NONE: ReadonlySet<string> = new Set();

interface DatasetState {
  status: DatasetStatus;
  dataset: Dataset | null;
  /** The published dataset, without anything imported on this device. */
  bundled: Dataset | null;
  /** The bundled dataset's problems, then the register's (a record of it that fails a check is left out). */
  problems: Problem[];
  bundledProblems: Problem[];
  failure: string | null;
  /** The facilities, before the whole dataset is ready: enough for the map to draw them first. */
  earlyFacilities: Facility[] | null;
  /** The register of this device, as last given; shown in `dataset` once the bundled dataset is ready. */
  register: LocalRegister;
  /** Ids of the facilities shown from the register (imported on this device, or changed by an import here). */
  localFacilityIds: ReadonlySet<string>;
  /** Runs a loader and records its outcome; a thrown error becomes a visible failure, never a blank page. */
  load: (loader: DatasetLoader) => Promise<void>;
  showRegister: (register: LocalRegister) => void;
}

/** The dataset shown for a bundled dataset and a register. */
function shown(bundled: Dataset | null, bundledProblems: Problem[], register: LocalRegister): Pick<DatasetState, 'dataset' | 'localFacilityIds' | 'problems'> {
  if (!bundled || register.facilities.length === 0) return { dataset: bundled, localFacilityIds: NONE, problems: bundledProblems };
  const loaded = loadRegister(register, bundled);
  return {
    dataset: withRegister(bundled, loaded),
    localFacilityIds: new Set(loaded.facilities.map((facility) => facility.id)),
    problems: loaded.problems.length > 0 ? [...bundledProblems, ...loaded.problems] : bundledProblems,
  };
}

export const useDatasetStore = create<DatasetState>()((set, get) => ({
  status: 'loading',
  dataset: null,
  bundled: null,
  problems: [],
  bundledProblems: [],
  failure: null,
  earlyFacilities: null,
  register: EMPTY_REGISTER,
  localFacilityIds: NONE,
  load: async (loader) => {
    set({ status: 'loading', failure: null, earlyFacilities: null });
    try {
      const { dataset, problems } = await loader((facilities) => set({ earlyFacilities: facilities }));
      set({ status: 'ready', bundled: dataset, bundledProblems: problems, earlyFacilities: null, ...shown(dataset, problems, get().register) });
    } catch (error) {
      set({ status: 'failed', failure: error instanceof Error ? error.message : String(error), earlyFacilities: null });
    }
  },
  showRegister: (register) => {
    const { bundled, bundledProblems } = get();
    if (register !== get().register) set({ register, ...shown(bundled, bundledProblems, register) });
  },
}));
