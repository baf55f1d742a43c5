/** The "imports" member of violations.geojson: what each import of a third party's records did. */
import { FILE_LEVEL } from '../problems';
import type { ImportIdIssue, ImportReport } from '../types';
import { isPlainObject } from './describeValue';
import type { Reporter } from './reporter';

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function readCounts(value: unknown): Record<string, number> | undefined {
  if (!isPlainObject(value) || !Object.values(value).every(isCount)) return undefined;
  return { ...(value as Record<string, number>) };
}

function readIdIssue(value: unknown): ImportIdIssue | undefined {
  if (!isPlainObject(value)) return undefined;
  const { id, sourceRecordId, issues } = value;
  if (typeof id !== 'string' || typeof sourceRecordId !== 'string') return undefined;
  if (!Array.isArray(issues) || !issues.every((issue) => typeof issue === 'string')) return undefined;
  return { id, sourceRecordId, issues: [...(issues as string[])] };
}

function readReport(value: unknown): ImportReport | undefined {
  if (!isPlainObject(value)) return undefined;
  const { sourceId, capturedAt, records, facilitiesAdded } = value;
  const imported = readCounts(value.imported);
  const leftOut = readCounts(value.leftOut);
  const idIssues = Array.isArray(value.idIssues) ? value.idIssues.map(readIdIssue) : undefined;
  if (typeof sourceId !== 'string' || typeof capturedAt !== 'string' || !isCount(records) || !isCount(facilitiesAdded)) return undefined;
  if (!imported || !leftOut || !idIssues || idIssues.some((issue) => issue === undefined)) return undefined;
  return { sourceId, capturedAt, records, imported, leftOut, facilitiesAdded, idIssues: idIssues as ImportIdIssue[] };
}

/** The import reports, or undefined when absent; a malformed entry is a warning and is left out (the violations still load). */
export function readImportReports(value: unknown, reporter: Reporter): ImportReport[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    reporter.warning(FILE_LEVEL, 'imports.invalid', 'The "imports" member is not a list; it was ignored.', 'Re-run the import that wrote it (npm run import:nkdb).');
    return undefined;
  }
  return value.flatMap((entry, index) => {
    const report = readReport(entry);
    if (report) return [report];
    reporter.warning(
      FILE_LEVEL,
      'imports.invalid',
      `Entry #${index} of the "imports" member is not {sourceId, capturedAt, records, imported, leftOut, facilitiesAdded, idIssues}; it was ignored.`,
      'Re-run the import that wrote it (npm run import:nkdb).',
    );
    return [];
  });
}
