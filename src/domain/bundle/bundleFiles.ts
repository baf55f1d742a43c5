/**
 * Works → the files of a bundle, laid out as a dataset folder so its plans, violations and sources load (and
 * publish) like `data/geojson/`, with the diagrams and their images beside them. A non-public bundle marks every
 * file restricted, in its name and in its JSON, so no file of it can be published by copying it into data/geojson;
 * a public bundle's images go out without their metadata.
 */
import { markedPath, RESTRICTED_MEMBER } from '../publish/restrictedMark';
import type { Source } from '../types';
import { planFile, sourcesFile, violationsFile } from '../workbench/contractFiles';
import type { FacilityWork } from '../workbench/workTypes';
import { DIAGRAMS_PATH, DIAGRAMS_SCHEMA_VERSION, diagramImagePath, type BundleDiagram } from './bundleTypes';
import { stripImageMetadata } from './imageMetadata';

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
 * diagram's imageKey to its bytes. `isPublic` says whether the works are a public subset (publicSubset.ts).
 */
export function bundleFiles(works: readonly FacilityWork[], images: ReadonlyMap<string, Uint8Array>, isPublic: boolean): BundleFiles {
  const encoder = new TextEncoder();
  const warnings: string[] = [];
  const text = (file: { path: string; text: string }): BundleFile =>
    isPublic ? { path: file.path, bytes: encoder.encode(file.text), stored: false } : { path: markedPath(file.path), bytes: encoder.encode(markedText(file.text)), stored: false };

  const diagrams: BundleDiagram[] = [];
  const imageFiles: BundleFile[] = [];
  const bundled = works.map((work) => ({
    ...work,
    diagrams: work.diagrams.filter(({ imageKey, ...diagram }) => {
      const stored = images.get(imageKey);
      if (!stored) {
        warnings.push(`Diagram "${diagram.id}" was left out: its image is not stored on this device.`);
        return false;
      }
      const bytes = isPublic ? stripImageMetadata(stored, diagram.mediaType) : stored;
      if (!bytes) {
        warnings.push(`Diagram "${diagram.id}" was left out: its image could not be read to remove its metadata, so it is not published.`);
        return false;
      }
      const file = isPublic ? diagramImagePath(diagram) : markedPath(diagramImagePath(diagram));
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

/** A JSON file of a non-public bundle, marked restricted by its first member. */
function markedText(text: string): string {
  return `${JSON.stringify({ [RESTRICTED_MEMBER]: true, ...(JSON.parse(text) as object) }, null, 2)}\n`;
}
