/**
 * Works → the files of a bundle, laid out as a dataset folder so its plans, violations and sources load (and
 * publish) like `data/geojson/`, with the diagrams and their images beside them.
 */
import type { Source } from '../types';
import { planFile, sourcesFile, violationsFile } from '../workbench/contractFiles';
import type { FacilityWork } from '../workbench/workTypes';
import { DIAGRAMS_PATH, DIAGRAMS_SCHEMA_VERSION, diagramImagePath, type BundleDiagram } from './bundleTypes';

export interface BundleFile {
  path: string;
  bytes: Uint8Array;
  /** Images are compressed already: deflating them again only costs time. */
  stored: boolean;
}

export interface BundleFiles {
  files: BundleFile[];
  /** The works as bundled: diagrams whose image is not stored left out. */
  works: FacilityWork[];
  warnings: string[];
}

/**
 * The bundle's files (manifest aside) for works whose ids are separated (separateIds.ts); `images` maps a
 * diagram's imageKey to its bytes.
 */
export function bundleFiles(works: readonly FacilityWork[], images: ReadonlyMap<string, Uint8Array>): BundleFiles {
  const encoder = new TextEncoder();
  const warnings: string[] = [];
  const text = (file: { path: string; text: string }): BundleFile => ({ path: file.path, bytes: encoder.encode(file.text), stored: false });

  const diagrams: BundleDiagram[] = [];
  const imageFiles: BundleFile[] = [];
  const bundled = works.map((work) => ({
    ...work,
    diagrams: work.diagrams.filter(({ imageKey, ...diagram }) => {
      const bytes = images.get(imageKey);
      if (!bytes) {
        warnings.push(`Diagram "${diagram.id}" was left out: its image is not stored on this device.`);
        return false;
      }
      const file = diagramImagePath(diagram);
      diagrams.push({ ...diagram, file });
      imageFiles.push({ path: file, bytes, stored: true });
      return true;
    }),
  }));

  const diagramsText = `${JSON.stringify({ schemaVersion: DIAGRAMS_SCHEMA_VERSION, diagrams }, null, 2)}\n`;
  return {
    files: [
      ...bundled.map((work) => text(planFile(work))),
      text(violationsFile(bundled.flatMap((work) => work.violations))),
      text(sourcesFile(uniqueSources(bundled))),
      text({ path: DIAGRAMS_PATH, text: diagramsText }),
      ...imageFiles,
    ],
    works: bundled,
    warnings,
  };
}

/** One record per source id (sources.json lists each once); the works' ids are separated, so equal ids are equal sources. */
function uniqueSources(works: readonly FacilityWork[]): Source[] {
  const byId = new Map<string, Source>();
  for (const source of works.flatMap((work) => work.sources)) if (!byId.has(source.id)) byId.set(source.id, source);
  return [...byId.values()];
}
