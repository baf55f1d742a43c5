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

/** The bundle's files (manifest aside); `images` maps a diagram's imageKey to its bytes. */
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
      text(sourcesFile(uniqueSources(bundled, warnings))),
      text({ path: DIAGRAMS_PATH, text: diagramsText }),
      ...imageFiles,
    ],
    works: bundled,
    warnings,
  };
}

/** One record per source id (sources.json lists each once); a differing second copy is reported, the first kept. */
function uniqueSources(works: readonly FacilityWork[], warnings: string[]): Source[] {
  const byId = new Map<string, Source>();
  for (const work of works) {
    for (const source of work.sources) {
      const first = byId.get(source.id);
      if (!first) byId.set(source.id, source);
      else if (JSON.stringify(first) !== JSON.stringify(source)) {
        warnings.push(`Source "${source.id}" differs between facilities; the bundle holds the first copy, not the one in "${work.facilityId}".`);
      }
    }
  }
  return [...byId.values()];
}
