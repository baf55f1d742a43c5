/**
 * The import itself: the file is hashed (it becomes a Source named by its SHA-256), read row by row, each row mapped
 * to a contract record, and the records checked by the dataset loader against what the dataset already holds.
 * Nothing is written: the result feeds the preview (importPreview) and, once the person chooses, applyImport.
 */
import { readSource } from '../../validation/sourceRecord';
import { createReporter } from '../../validation/reporter';
import type { Dataset, Source } from '../../types';
import type { ByteSource, ImportFormat, ImportProblem, ImportProgress, RecordKind } from '../formatTypes';
import { featureLabel } from '../../problems';
import { isPlainObject } from '../../validation/describeValue';
import type { ColumnMapping } from '../mapping/importFields';
import { followsContract, isOtherKind } from '../mapping/recordShape';
import { rowToRecord, type BuiltRecord } from '../mapping/rowToRecord';
import type { RecordContext } from '../mapping/rowContext';
import { checkImported } from './checkImported';
import { hashSource, importSource, importSourceId } from './importSource';
import { readTable } from './readTable';

export interface ImportOptions {
  kind: RecordKind;
  mapping: ColumnMapping;
  /** Take rows that follow the data contract whole (see MappingSuggestion.contract). */
  contract: boolean;
  existing: Dataset;
  /** The person says the file is public; otherwise the file and everything it brings are restricted. */
  publicImport: boolean;
  /** ISO date-time of the import. */
  importedAt: string;
  encoding?: string;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportResult {
  fileName: string;
  format: ImportFormat | null;
  kind: RecordKind;
  sha256: string;
  /** The imported file as a source; every imported record cites it. */
  source: Source;
  /** Sources the file lists itself that the dataset does not hold yet, and that imported records cite. */
  addedSources: Source[];
  /** Records that passed every check. */
  records: BuiltRecord[];
  problems: ImportProblem[];
  /** Rows of the kind asked for that were read (imported or not). */
  rowsRead: number;
  /** Rows of the other kind, left for an import with the other --kind. */
  otherKindRows: number;
}

export async function runImport(source: ByteSource, options: ImportOptions): Promise<ImportResult> {
  const { kind, existing } = options;
  const progress = (phase: ImportProgress['phase']) => (done: number, total: number | undefined) =>
    options.onProgress?.(total === undefined ? { phase, done } : { phase, done, total });
  const sha256 = await hashSource(source, progress('hash'));
  const problems: ImportProblem[] = [];
  const context: RecordContext = {
    kind,
    file: source.name,
    sourceId: importSourceId(sha256),
    fileKey: sha256.slice(0, 8),
    publicImport: options.publicImport,
    knownSourceIds: new Set(existing.sources.map((held) => held.id)),
    facilityIdByNkpdId: new Map(existing.facilities.flatMap((facility) => (facility.nkpdId ? [[facility.nkpdId, facility.id] as const] : []))),
  };
  let fileSources: Source[] = [];
  const built: BuiltRecord[] = [];
  let rowsRead = 0;
  let otherKindRows = 0;
  const read = await readTable(source, {
    ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
    onProgress: progress('read'),
    onFileSources: (listed) => {
      fileSources = newSources(listed, existing, options.publicImport, source.name, problems);
      context.knownSourceIds = new Set([...context.knownSourceIds, ...fileSources.map((added) => added.id)]);
    },
    onRow: (row) => {
      if (isOtherKind(row, kind)) {
        otherKindRows += 1;
        return;
      }
      rowsRead += 1;
      const record = rowToRecord(row, options.mapping, options.contract && followsContract(kind, row.contract), context, problems);
      if (record) built.push(record);
    },
  });
  const format = read.format ?? 'csv';
  const fileSource = importSource({ fileName: source.name, sha256, format, importedAt: options.importedAt, publicImport: options.publicImport });
  const cited = new Set(built.flatMap((record) => (record.feature.properties.sources as { sourceId: string }[]).map((ref) => ref.sourceId)));
  const addedSources = fileSources.filter((added) => cited.has(added.id));
  const checked = checkImported(kind, source.name, built, existing, [fileSource, ...addedSources], progress('check'));
  return {
    fileName: source.name,
    format: read.format,
    kind,
    sha256,
    source: fileSource,
    addedSources,
    records: checked.accepted,
    problems: [...read.problems, ...problems, ...checked.problems],
    rowsRead,
    otherKindRows,
  };
}

/** Valid sources the file lists that the dataset lacks; restricted unless the file is said to be public. */
function newSources(listed: readonly unknown[], existing: Dataset, publicImport: boolean, file: string, problems: ImportProblem[]): Source[] {
  const held = new Set(existing.sources.map((source) => source.id));
  const reporter = createReporter(file, problems);
  return listed.flatMap((value, index) => {
    const source = readSource({ featureId: featureLabel(isPlainObject(value) ? value.id : undefined, index), value }, reporter);
    if (!source || held.has(source.id)) return [];
    return [publicImport ? source : { ...source, visibility: 'restricted' as const }];
  });
}
