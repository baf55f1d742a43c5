/**
 * The register of this device read as any dataset is read (the loader's checks against the bundled dataset's
 * sources and provinces; a record with an error is left out and reported), and the dataset the app shows: the
 * bundled one with the register's facilities in it — a changed bundled facility in its place, a new one added.
 */
import { SCHEMA_VERSION } from '../enums';
import { assembleDataset, loadFile, type LoadedFile } from '../loadDataset';
import type { Problem } from '../problems';
import type { Dataset, Facility, Source } from '../types';
import type { LocalRegister } from './localRegister';

/** The name the register's problems are reported under. */
export const LOCAL_REGISTER_FILE = 'imported on this device';

export interface LoadedRegister {
  facilities: Facility[];
  sources: Source[];
  problems: Problem[];
}

export function loadRegister(register: LocalRegister, bundled: Dataset): LoadedRegister {
  const facilitiesText = JSON.stringify({ type: 'FeatureCollection', schemaVersion: register.contractVersion, features: register.facilities });
  const sourcesText = JSON.stringify({ schemaVersion: SCHEMA_VERSION, sources: register.sources });
  const facilities = loadFile({ path: LOCAL_REGISTER_FILE, text: facilitiesText }, 'facilities');
  const sources = loadFile({ path: `${LOCAL_REGISTER_FILE} (sources)`, text: sourcesText }, 'sources');
  const heldIds = new Set(bundled.sources.map((source) => source.id));
  const newSources = (sources.records.sources ?? []).filter((source) => !heldIds.has(source.id));
  const held: LoadedFile = { file: 'sources.json', kind: 'sources', records: { sources: [...bundled.sources, ...newSources] }, problems: [] };
  const checked = assembleDataset([facilities, held], { fallbackProvinces: bundled.provinces });
  const failed = new Set(checked.problems.filter((problem) => problem.level === 'error' && problem.file === LOCAL_REGISTER_FILE).map((problem) => problem.featureId));
  return {
    facilities: checked.dataset.facilities.filter((facility) => !failed.has(facility.id)),
    sources: newSources,
    problems: [...sources.problems, ...checked.problems.filter((problem) => problem.file === LOCAL_REGISTER_FILE)],
  };
}

/** The bundled dataset with the register's facilities and sources; the arrays not changed keep their identity. */
export function withRegister(bundled: Dataset, loaded: LoadedRegister): Dataset {
  if (loaded.facilities.length === 0) return bundled;
  const local = new Map(loaded.facilities.map((facility) => [facility.id, facility]));
  const facilities = bundled.facilities.map((facility) => local.get(facility.id) ?? facility);
  const bundledIds = new Set(bundled.facilities.map((facility) => facility.id));
  for (const facility of loaded.facilities) if (!bundledIds.has(facility.id)) facilities.push(facility);
  return { ...bundled, facilities, sources: loaded.sources.length > 0 ? [...bundled.sources, ...loaded.sources] : bundled.sources };
}
