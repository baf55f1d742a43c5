/**
 * Exports works in progress as a bundle (.zip) and hands it to the browser as a download: a non-public bundle
 * encrypted with the user's passphrase (`.zip.age`) unless they chose plain text; a public one as it is.
 */
import { exportBundle } from '../../domain/bundle/exportBundle';
import { publicSubset } from '../../domain/bundle/publicSubset';
import type { Source } from '../../domain/types';
import type { FacilityWork } from '../../domain/workbench/workTypes';
import type { WorkStorage } from '../../persistence/workStorage';
import { protectFile, saveFile, type Protection } from '../../protect/protectClient';

/** The work with the bundled sources it cites (e.g. the register's) added, so the bundle stands on its own. */
function withCitedSources(work: FacilityWork, knownSources: readonly Source[]): FacilityWork {
  const own = new Set(work.sources.map((source) => source.id));
  const cited = new Set([...work.features, ...work.violations].flatMap((record) => record.sources.map((ref) => ref.sourceId)));
  return { ...work, sources: [...work.sources, ...knownSources.filter((source) => cited.has(source.id) && !own.has(source.id))] };
}

/** The ids of the diagrams a public export of `works` would publish (those whose source is public). */
export function publishedDiagramIds(works: readonly FacilityWork[], knownSources: readonly Source[]): string[] {
  return publicSubset(works.map((work) => withCitedSources(work, knownSources))).works.flatMap((work) => work.diagrams.map((diagram) => diagram.id));
}

export async function exportWorks(works: FacilityWork[], storage: WorkStorage, publicOnly: boolean, knownSources: readonly Source[], protection: Protection) {
  const images = new Map<string, Uint8Array>();
  for (const diagram of works.flatMap((work) => work.diagrams)) {
    const image = await storage.getImage(diagram.imageKey);
    if (image) images.set(diagram.imageKey, image.bytes);
  }
  const exportedAt = new Date().toISOString();
  const result = await exportBundle(works.map((work) => withCitedSources(work, knownSources)), { appVersion: __APP_VERSION__, exportedAt, public: publicOnly, images });
  // A non-public bundle says so in its name, as each file in it does.
  const name = `facility-atlas-${works.length === 1 ? works[0]?.facilityId : 'all'}-${publicOnly ? 'public' : 'RESTRICTED'}-${exportedAt.slice(0, 19).replace(/[:T]/g, '-')}.zip`;
  const saved = await protectFile({ name, bytes: result.zip }, protection);
  saveFile(saved, 'application/zip');
  return { name: saved.name, warnings: result.warnings, files: result.manifest.files.length };
}
