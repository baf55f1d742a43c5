/**
 * A bundle of works in progress: a dataset folder of the contract's files (what the public app reads), the
 * diagrams with their placements and images, and manifest.json with a SHA-256 of every file, the export time and
 * the app version. Restricted records are listed in the manifest, or stripped in a public export.
 */
import { zipSync } from 'fflate';
import { planFile, sourcesFile, violationsFile } from '../workbench/contractFiles';
import type { Source } from '../types';
import type { FacilityWork } from '../workbench/workTypes';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  DIAGRAMS_PATH,
  DIAGRAMS_SCHEMA_VERSION,
  diagramImagePath,
  MANIFEST_PATH,
  type BundleDiagram,
  type BundleManifest,
  type StrippedCounts,
} from './bundleTypes';
import { publicSubset } from './publicSubset';
import { sha256Hex } from './sha256';

export interface ExportOptions {
  appVersion: string;
  exportedAt: string;
  public: boolean;
  /** Diagram image bytes by imageKey. */
  images: ReadonlyMap<string, Uint8Array>;
}

const encoder = new TextEncoder();

export async function exportBundle(works: readonly FacilityWork[], options: ExportOptions): Promise<{ zip: Uint8Array; manifest: BundleManifest; warnings: string[] }> {
  const subset: { works: FacilityWork[]; warnings: string[]; stripped?: StrippedCounts } = options.public ? publicSubset(works) : { works: [...works], warnings: [] };
  const files = new Map<string, Uint8Array>();
  const sources = new Map<string, Source>();
  const diagrams: BundleDiagram[] = [];
  for (const work of subset.works) {
    files.set(planFile(work).path, encoder.encode(planFile(work).text));
    for (const source of work.sources) sources.set(source.id, source);
    for (const { imageKey, ...diagram } of work.diagrams) {
      const file = diagramImagePath(diagram);
      const image = options.images.get(imageKey);
      if (!image) {
        subset.warnings.push(`The image of diagram "${diagram.id}" is not stored on this device; the bundle holds its placement only.`);
      } else {
        files.set(file, image);
      }
      diagrams.push({ ...diagram, file });
    }
  }
  const violations = subset.works.flatMap((work) => work.violations);
  files.set('violations.geojson', encoder.encode(violationsFile(violations).text));
  files.set('sources.json', encoder.encode(sourcesFile([...sources.values()]).text));
  files.set(DIAGRAMS_PATH, encoder.encode(`${JSON.stringify({ schemaVersion: DIAGRAMS_SCHEMA_VERSION, diagrams }, null, 2)}\n`));

  const entries = await Promise.all([...files].map(async ([path, bytes]) => ({ path, sha256: await sha256Hex(bytes), bytes: bytes.length })));
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    appVersion: options.appVersion,
    exportedAt: options.exportedAt,
    public: options.public,
    facilities: subset.works.map((work) => work.facilityId),
    files: entries,
    restricted: {
      sources: [...sources.values()].filter((source) => source.visibility === 'restricted').map((source) => source.id),
      violations: violations.filter((violation) => violation.visibility === 'restricted').map((violation) => violation.id),
      // Diagrams are a witness's own drawing: restricted unless their source was published.
      diagrams: diagrams.filter((diagram) => sources.get(diagram.sourceId)?.visibility !== 'public').map((diagram) => diagram.id),
    },
    ...(subset.stripped ? { stripped: subset.stripped } : {}),
  };
  files.set(MANIFEST_PATH, encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`));
  return { zip: zipSync(Object.fromEntries(files)), manifest, warnings: subset.warnings };
}
