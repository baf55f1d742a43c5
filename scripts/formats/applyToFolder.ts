/**
 * `--apply`: merges a previewed import into a dataset folder's files (other members of each file, such as the
 * register's capture, kept as they are) and checks the folder again with the loader, returning its errors.
 */
import { mkdir } from 'node:fs/promises';
import type { Feature, Geometry } from 'geojson';
import { SCHEMA_VERSION } from '../../src/domain/enums';
import { applyImport, type AppliedImport } from '../../src/domain/formats/import/applyImport';
import type { ImportPreview } from '../../src/domain/formats/import/importPreview';
import type { ImportResult } from '../../src/domain/formats/import/runImport';
import type { Problem } from '../../src/domain/problems';
import { loadFolder, readJson, writeJson } from './nodeFiles';

export interface FolderApplied {
  outcome: AppliedImport;
  /** Errors the loader finds in the folder once the import is in. */
  problems: Problem[];
}

export async function applyToFolder(folder: string, result: ImportResult, preview: ImportPreview, replace: boolean): Promise<FolderApplied> {
  await mkdir(folder, { recursive: true });
  const path = result.kind === 'facilities' ? 'facilities.geojson' : 'violations.geojson';
  const collection = (await readJson(folder, path)) ?? { type: 'FeatureCollection', schemaVersion: SCHEMA_VERSION, features: [] };
  const sourcesFile = (await readJson(folder, 'sources.json')) ?? { schemaVersion: SCHEMA_VERSION, sources: [] };
  const outcome = applyImport(
    {
      features: (Array.isArray(collection.features) ? collection.features : []) as Feature<Geometry | null, Record<string, unknown>>[],
      sources: (Array.isArray(sourcesFile.sources) ? sourcesFile.sources : []) as Record<string, unknown>[],
    },
    result,
    preview,
    { replace: replace ? 'all' : 'none' },
  );
  await writeJson(folder, path, { ...collection, features: outcome.features });
  await writeJson(folder, 'sources.json', { ...sourcesFile, sources: outcome.sources });
  const checked = await loadFolder(folder);
  return { outcome, problems: checked.problems.filter((problem) => problem.level === 'error') };
}
