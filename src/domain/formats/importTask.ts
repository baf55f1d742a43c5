/**
 * Import work as messages, so it runs off the page's thread (src/workbench/import/importWorker.ts) as easily as in
 * a test: inspect a file (format, columns, first rows, proposed mapping) or import it (records, problems and the
 * preview against the records held), with progress on the way. Replies are plain data (structured-clonable).
 */
import type { Dataset } from '../types';
import type { ByteSource, ImportProgress, RecordKind } from './formatTypes';
import { inspectImport, type ImportInspection } from './import/inspectImport';
import { previewImport, type ImportPreview } from './import/importPreview';
import { runImport, type ImportResult } from './import/runImport';
import type { ColumnMapping } from './mapping/importFields';

export type ImportTask =
  | { type: 'inspect'; kind: RecordKind; encoding?: string }
  | {
      type: 'import';
      kind: RecordKind;
      mapping: ColumnMapping;
      contract: boolean;
      existing: Dataset;
      publicImport: boolean;
      importedAt: string;
      encoding?: string;
    };

export type ImportTaskReply =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'inspected'; inspection: ImportInspection }
  | { type: 'imported'; result: ImportResult; preview: ImportPreview }
  | { type: 'failed'; message: string };

/** Progress is sent at most this often, so a fast read does not flood the page with messages. */
const PROGRESS_INTERVAL_MS = 100;

export async function runImportTask(source: ByteSource, task: ImportTask, reply: (message: ImportTaskReply) => void, now: () => number = Date.now): Promise<void> {
  try {
    if (task.type === 'inspect') {
      reply({ type: 'inspected', inspection: await inspectImport(source, task.kind, task.encoding) });
      return;
    }
    let sent = -Infinity;
    const result = await runImport(source, {
      kind: task.kind,
      mapping: task.mapping,
      contract: task.contract,
      existing: task.existing,
      publicImport: task.publicImport,
      importedAt: task.importedAt,
      ...(task.encoding === undefined ? {} : { encoding: task.encoding }),
      onProgress: (progress) => {
        const finished = progress.total !== undefined && progress.done >= progress.total;
        if (!finished && now() - sent < PROGRESS_INTERVAL_MS) return;
        sent = now();
        reply({ type: 'progress', progress });
      },
    });
    reply({ type: 'imported', result, preview: previewImport(result, task.existing) });
  } catch (error) {
    // A bug, not bad input (bad input is a problem in the result): say so in one line.
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
