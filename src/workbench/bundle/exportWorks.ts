/**
 * Exports works in progress as a bundle (.zip) and hands it to the browser as a download: a non-public bundle
 * encrypted with the user's passphrase (`.zip.age`) unless they chose plain text; a public one as it is.
 */
import { exportBundle } from '../../domain/bundle/exportBundle';
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

export async function exportWorks(works: FacilityWork[], storage: WorkStorage, publicOnly: boolean, knownSources: readonly Source[], protection: Protection) {
  const images = new Map<string, Uint8Array>();
  for (const diagram of works.flatMap((work) => work.diagrams)) {
    const image = await storage.getImage(diagram.imageKey);
    if (image) images.set(diagram.imageKey, image.bytes);
  }
  const exportedAt = new Date().toISOString();
  const result = await exportBundle(works.map((work) => withCitedSources(work, knownSources)), { appVersion: __APP_VERSION__, exportedAt, public: publicOnly, images });
  const name = `facility-atlas-${works.length === 1 ? works[0]?.facilityId : 'all'}-${publicOnly ? 'public-' : ''}${exportedAt.slice(0, 19).replace(/[:T]/g, '-')}.zip`;
  const saved = await protectFile({ name, bytes: result.zip }, protection);
  saveFile(saved, 'application/zip');
  return { name: saved.name, warnings: result.warnings, files: result.manifest.files.length };
}
