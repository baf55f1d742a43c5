/**
 * Export of facilities' work as a .zip bundle: the contract's files, the diagrams with their placement and
 * images, and manifest.json with a SHA-256 of every file (DESIGN.md §6). A public export strips restricted
 * records first and says so in the manifest.
 */
import { zipSync, type Zippable } from 'fflate';
import type { FacilityWork } from '../workbench/workTypes';
import { publishProblems } from '../publish/publicGate';
import { bundleFiles, type BundleFile } from './bundleFiles';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, MANIFEST_PATH, type BundleManifest } from './bundleTypes';
import { publicSubset } from './publicSubset';
import { restrictedIds } from './restricted';
import { separateClashingIds } from './separateIds';
import { sha256Hex } from './sha256';

export interface ExportOptions {
  appVersion: string;
  /** ISO timestamp, written into the manifest and used as the zip entries' time. */
  exportedAt: string;
  /** Strip restricted sources, violations, diagrams and references to restricted sources. */
  public: boolean;
  /** Diagram images by imageKey. */
  images: ReadonlyMap<string, Uint8Array>;
}

export interface ExportedBundle {
  zip: Uint8Array;
  manifest: BundleManifest;
  /** What the person exporting should know: records left without sources, diagrams without images… */
  warnings: string[];
}

/** Zip timestamps are DOS dates: fflate refuses anything outside 1980–2099. */
const EARLIEST_ZIP_TIME = Date.UTC(1980, 0, 2);
const LATEST_ZIP_TIME = Date.UTC(2099, 11, 31);

/** Bundles the works (one facility, or all of them). Never mutates the works or the images. */
export async function exportBundle(works: readonly FacilityWork[], options: ExportOptions): Promise<ExportedBundle> {
  // Ids first: which source a reference means must be settled before restricted ones are stripped.
  const separated = separateClashingIds(works);
  const subset = options.public ? publicSubset(separated.works) : null;
  const { files, works: exported, warnings } = bundleFiles(subset?.works ?? separated.works, options.images, options.public);
  if (options.public) refuseUnpublishable(files);
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    appVersion: options.appVersion,
    exportedAt: options.exportedAt,
    public: options.public,
    facilities: exported.map((work) => work.facilityId),
    files: await Promise.all(files.map(async (file) => ({ path: file.path, sha256: await sha256Hex(file.bytes), bytes: file.bytes.length }))),
    restricted: restrictedIds(exported),
    ...(subset ? { stripped: subset.stripped } : {}),
  };
  const entries: Zippable = {};
  for (const file of files) entries[file.path] = file.stored ? [file.bytes, { level: 0 }] : file.bytes;
  entries[MANIFEST_PATH] = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
  const zip = zipSync(entries, { mtime: zipTime(options.exportedAt) });
  return { zip, manifest, warnings: [...separated.warnings, ...(subset?.warnings ?? []), ...warnings] };
}

function zipTime(exportedAt: string): number {
  const time = Date.parse(exportedAt);
  return Number.isFinite(time) ? Math.min(Math.max(time, EARLIEST_ZIP_TIME), LATEST_ZIP_TIME) : EARLIEST_ZIP_TIME;
}

/**
 * The public gate's content checks on a public bundle's JSON files, the last line of defence: if anything
 * restricted or interview-like is still there, the export stops with the reasons rather than leak it (rule 2).
 */
function refuseUnpublishable(files: readonly BundleFile[]): void {
  const decoder = new TextDecoder();
  const json = files.filter((file) => file.path.endsWith('.json') || file.path.endsWith('.geojson')).map((file) => ({ path: file.path, text: decoder.decode(file.bytes) }));
  const errors = publishProblems(json).filter((problem) => problem.level === 'error');
  if (errors.length === 0) return;
  const reasons = errors.slice(0, 5).map((problem) => `${problem.file}: ${problem.featureId}: ${problem.message}`);
  throw new Error(`The public export was stopped: it would publish what may not be published.\n${reasons.join('\n')}`);
}
