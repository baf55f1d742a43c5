/**
 * The imported records go through the same loader as any dataset (loadFile, then assembleDataset's checks across
 * files against the records already held), in batches so a very large import never becomes one giant text. A
 * record with an error is not imported; its row and the problem are reported; the other records are kept.
 */
import { SCHEMA_VERSION } from '../../enums';
import { assembleDataset, loadFile, type LoadedFile } from '../../loadDataset';
import type { Dataset, Source } from '../../types';
import type { ImportProblem, RecordKind } from '../formatTypes';
import type { BuiltRecord } from '../mapping/rowToRecord';

const BATCH = 5_000;

export interface CheckedImport {
  accepted: BuiltRecord[];
  problems: ImportProblem[];
}

export function checkImported(
  kind: RecordKind,
  file: string,
  records: readonly BuiltRecord[],
  existing: Dataset,
  newSources: readonly Source[],
  onProgress?: (done: number, total: number) => void,
): CheckedImport {
  const problems: ImportProblem[] = [];
  const unique = withoutRepeatedIds(records, file, problems);
  const held: LoadedFile[] = [{ file: 'sources.json', kind: 'sources', records: { sources: [...existing.sources, ...newSources] }, problems: [] }];
  if (kind === 'violations') {
    held.push({ file: 'facilities.geojson', kind: 'facilities', records: { facilities: existing.facilities }, problems: [] });
    held.push({ file: 'plans/', kind: 'plan', records: { plans: existing.plans }, problems: [] });
  }
  const accepted: BuiltRecord[] = [];
  for (let start = 0; start < unique.length; start += BATCH) {
    const batch = unique.slice(start, start + BATCH);
    const text = JSON.stringify({ type: 'FeatureCollection', schemaVersion: SCHEMA_VERSION, features: batch.map((record) => record.feature) });
    const loaded = loadFile({ path: file, text }, kind);
    const result = assembleDataset([loaded, ...held], { fallbackProvinces: existing.provinces });
    const whereOf = new Map(batch.map((record) => [record.id, record.where]));
    const failed = new Set<string>();
    for (const problem of result.problems) {
      if (problem.file !== file) continue;
      const where = whereOf.get(problem.featureId);
      problems.push(where === undefined ? problem : { ...problem, where });
      if (problem.level === 'error') failed.add(problem.featureId);
    }
    const loadedIds = new Set((kind === 'facilities' ? result.dataset.facilities : result.dataset.violations).map((record) => record.id));
    accepted.push(...batch.filter((record) => loadedIds.has(record.id) && !failed.has(record.id)));
    onProgress?.(Math.min(start + BATCH, unique.length), unique.length);
  }
  return { accepted, problems };
}

/** A second record with an id already used in the file is left out (a reference to it would be ambiguous). */
function withoutRepeatedIds(records: readonly BuiltRecord[], file: string, problems: ImportProblem[]): BuiltRecord[] {
  const first = new Map<string, string>();
  return records.filter((record) => {
    const earlier = first.get(record.id);
    if (earlier === undefined) {
      first.set(record.id, record.where);
      return true;
    }
    problems.push({
      level: 'error',
      code: 'id.duplicate',
      file,
      featureId: record.id,
      where: record.where,
      message: `The id "${record.id}" is also used by ${earlier}; this row was not imported.`,
      hint: 'Give every row its own id.',
    });
    return false;
  });
}
