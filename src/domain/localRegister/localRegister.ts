/**
 * The facilities imported on this device: one document (contract features and the sources they cite) kept in the
 * browser, never published. Applying an import makes a new document from the old one (inputs are not mutated):
 * new facilities are added; a facility already held — bundled or imported before — gets what it lacked, and is
 * contradicted only where the person chose to replace it; the document then holds the whole facility as changed.
 */
import type { Feature, Geometry } from 'geojson';
import { applyImport, type AppliedImport, type ApplyChoices } from '../formats/import/applyImport';
import type { ImportPreview } from '../formats/import/importPreview';
import type { ImportResult } from '../formats/import/runImport';
import { facilityFeature } from '../register/facilityFeature';
import type { Dataset } from '../types';

/** The document's own format; its records follow the data contract of `contractVersion`. */
export const LOCAL_REGISTER_FORMAT = 1;

export type RegisterFeature = Feature<Geometry | null, Record<string, unknown>>;

export interface LocalRegister {
  format: typeof LOCAL_REGISTER_FORMAT;
  contractVersion: number;
  /** Facilities as contract features: imported ones, and bundled ones as an import changed them. */
  facilities: RegisterFeature[];
  /** The sources those facilities cite that the bundled dataset lacks (each imported file, with its SHA-256). */
  sources: Record<string, unknown>[];
}

export const EMPTY_REGISTER: LocalRegister = { format: LOCAL_REGISTER_FORMAT, contractVersion: 2, facilities: [], sources: [] };

export interface RegisterApplied {
  register: LocalRegister;
  applied: Pick<AppliedImport, 'added' | 'changed' | 'replaced' | 'kept'>;
}

/** Applies a previewed facilities import to the register; `bundled` is the published dataset the preview also compared with. */
export function applyToRegister(register: LocalRegister, bundled: Dataset, result: ImportResult, preview: ImportPreview, choices: ApplyChoices): RegisterApplied {
  if (result.kind !== 'facilities') throw new Error('Only facilities go into the register of this device.');
  const held = new Set(register.facilities.map(featureId));
  const touched = new Set(preview.entries.filter((entry) => entry.status === 'changed' || entry.status === 'conflicting').map((entry) => entry.id));
  // A bundled facility an import changes comes into the document whole, so the change has something to apply to.
  const bundledTouched = bundled.facilities.filter((facility) => touched.has(facility.id) && !held.has(facility.id)).map((facility) => facilityFeature(facility) as unknown as RegisterFeature);
  const outcome = applyImport({ features: [...register.facilities, ...bundledTouched], sources: register.sources }, result, preview, choices);
  const keep = new Set([...held, ...outcome.added, ...outcome.changed, ...outcome.replaced]);
  const facilities = outcome.features.filter((feature) => keep.has(featureId(feature)));
  const cited = new Set(facilities.flatMap((feature) => (Array.isArray(feature.properties?.sources) ? (feature.properties.sources as { sourceId?: unknown }[]) : []).map((ref) => String(ref.sourceId))));
  const sources = outcome.sources.filter((source) => cited.has(String(source.id)));
  const { added, changed, replaced, kept } = outcome;
  return { register: { ...register, facilities, sources: [...sources] }, applied: { added, changed, replaced, kept } };
}

export function featureId(feature: RegisterFeature): string {
  return String(feature.properties?.id ?? '');
}
