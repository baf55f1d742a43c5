/**
 * The first look at a file to import: its format, columns, first rows and a proposed column mapping, read without
 * going through the whole file (a CSV stops after its first rows), for the person to confirm before the import.
 */
import type { ByteSource, ImportFormat, ImportProblem, RecordKind, TableRow } from '../formatTypes';
import { suggestMapping, type MappingSuggestion } from '../mapping/suggestMapping';
import { isOtherKind } from '../mapping/recordShape';
import { readTable } from './readTable';

export interface ImportInspection {
  fileName: string;
  format: ImportFormat | null;
  headers: string[];
  /** The first rows of the kind asked for. */
  sample: TableRow[];
  suggestion: MappingSuggestion;
  /** Problems with the file itself and with the rows read so far. */
  problems: ImportProblem[];
}

const SAMPLE_ROWS = 20;

export async function inspectImport(source: ByteSource, kind: RecordKind, encoding?: string): Promise<ImportInspection> {
  const sample: TableRow[] = [];
  const read = await readTable(source, {
    ...(encoding === undefined ? {} : { encoding }),
    onRow: (row) => {
      if (!isOtherKind(row, kind)) sample.push(row);
      return sample.length < SAMPLE_ROWS;
    },
  });
  return {
    fileName: source.name,
    format: read.format,
    headers: read.headers,
    sample,
    suggestion: suggestMapping(kind, read.headers, sample),
    problems: read.problems,
  };
}
