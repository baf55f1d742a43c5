/**
 * The bundle format (DESIGN.md §6): a dataset folder of the contract's files, the survivors' diagrams with their
 * placement, and manifest.json holding a SHA-256 of every other file, so a bundle's integrity can be checked
 * later, as the Berkeley Protocol asks of digital evidence.
 */
import type { Diagram } from '../workbench/workTypes';

export const BUNDLE_FORMAT = 'facility-atlas-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
export const MANIFEST_PATH = 'manifest.json';
export const DIAGRAMS_PATH = 'diagrams.json';
export const DIAGRAMS_SCHEMA_VERSION = 1;

/** One file of the bundle as the manifest lists it; `sha256` is lowercase hex. */
export interface BundleFileEntry {
  path: string;
  sha256: string;
  bytes: number;
}

/** Ids of the records a bundle holds, per kind. */
export interface RestrictedIds {
  sources: string[];
  violations: string[];
  diagrams: string[];
}

/** How many records a public export left out. */
export interface StrippedCounts {
  sources: number;
  violations: number;
  diagrams: number;
  /** References to restricted sources withheld from the records that cited them. */
  sourceRefs: number;
  /**
   * Records that cite the public placeholder `withheld-sources` in place of those references (absent from
   * bundles exported before the placeholder existed).
   */
  withheldRecords?: number;
}

export interface BundleManifest {
  format: typeof BUNDLE_FORMAT;
  formatVersion: typeof BUNDLE_FORMAT_VERSION;
  appVersion: string;
  /** ISO timestamp. */
  exportedAt: string;
  /** True when restricted records were stripped: the bundle may be published. */
  public: boolean;
  facilities: string[];
  /** Every file but manifest.json itself. */
  files: BundleFileEntry[];
  /** The restricted records the bundle holds (empty in a public bundle), so whoever handles it knows. */
  restricted: RestrictedIds;
  /** Public bundles only. */
  stripped?: StrippedCounts;
}

/**
 * A diagram as diagrams.json holds it: the image's bundle path instead of the local blob key, which means
 * nothing outside the browser it was made in.
 */
export type BundleDiagram = Omit<Diagram, 'imageKey'> & { file: string };

/**
 * Where a diagram's image lies in a bundle: under its facility, since diagram ids are only unique within a
 * facility's work (older works numbered them per facility). Bundles written before kept `diagrams/<id>.<ext>`;
 * readers follow each diagram's `file`, so both layouts read.
 */
export function diagramImagePath(diagram: Pick<Diagram, 'id' | 'facilityId' | 'mediaType'>): string {
  return `diagrams/${diagram.facilityId}/${diagram.id}.${diagram.mediaType === 'image/png' ? 'png' : 'jpg'}`;
}

/**
 * The blob key an imported diagram's image gets: by facility and the image's SHA-256, so an import never
 * overwrites a local image nor another facility's, and importing the same image again writes the same bytes.
 */
export function importedImageKey(facilityId: string, sha256: string): string {
  return `bundle:${facilityId}:${sha256}`;
}
