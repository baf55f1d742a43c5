/**
 * An imported file's violations as workbench edits: per facility, one batch that inserts the records the file
 * adds and the sources they cite (the imported file itself among them), so undo takes the whole import back in one
 * step. A record the work already holds is left as it is (the preview showed it unchanged or in conflict).
 */
import { SCHEMA_VERSION } from '../../domain/enums';
import type { ImportPreview } from '../../domain/formats/import/importPreview';
import type { ImportResult } from '../../domain/formats/import/runImport';
import { loadFile } from '../../domain/loadDataset';
import type { Source, Violation } from '../../domain/types';
import type { Change } from '../../domain/workbench/changes';
import type { FacilityWork } from '../../domain/workbench/workTypes';

export interface FacilityImport {
  facilityId: string;
  violations: Violation[];
}

/** The violations the preview says the file adds, read as the contract reads them, by facility in file order. */
export function addedViolationsByFacility(result: ImportResult, preview: ImportPreview): FacilityImport[] {
  const added = new Set(preview.entries.filter((entry) => entry.status === 'added').map((entry) => entry.id));
  const features = result.records.filter((record) => added.has(record.id)).map((record) => record.feature);
  const text = JSON.stringify({ type: 'FeatureCollection', schemaVersion: SCHEMA_VERSION, features });
  const violations = loadFile({ path: result.fileName, text }, 'violations').records.violations ?? [];
  const byFacility = new Map<string, Violation[]>();
  for (const violation of violations) byFacility.set(violation.facilityId, [...(byFacility.get(violation.facilityId) ?? []), violation]);
  return [...byFacility].map(([facilityId, list]) => ({ facilityId, violations: list }));
}

/** The one batch that brings a facility's imported violations, and the sources they cite, into its work; null when nothing is new. */
export function importChange(work: FacilityWork | null, imported: FacilityImport, result: ImportResult): Change | null {
  const held = new Set((work?.violations ?? []).map((violation) => violation.id));
  const violations = imported.violations.filter((violation) => !held.has(violation.id));
  if (violations.length === 0) return null;
  const cited = new Set(violations.flatMap((violation) => violation.sources.map((ref) => ref.sourceId)));
  const heldSources = new Set((work?.sources ?? []).map((source) => source.id));
  const sources: Source[] = [result.source, ...result.addedSources].filter((source) => cited.has(source.id) && !heldSources.has(source.id));
  return {
    type: 'batch',
    label: `Import ${result.fileName}`,
    changes: [
      ...sources.map((record): Change => ({ type: 'insert', collection: 'sources', record })),
      ...violations.map((record): Change => ({ type: 'insert', collection: 'violations', record })),
    ],
  };
}
