/**
 * Runs an import task in its own worker and answers with a promise; `cancel` stops the worker at once (a long read
 * is abandoned, nothing was written). Progress arrives through the callback while the page stays responsive.
 */
import type { ImportProgress } from '../../domain/formats/formatTypes';
import type { ImportTask, ImportTaskReply } from '../../domain/formats/importTask';
import type { ImportWorkerRequest } from './importWorker';

export type ImportTaskOutcome = Extract<ImportTaskReply, { type: 'inspected' | 'imported' }>;

export interface RunningImportTask {
  done: Promise<ImportTaskOutcome>;
  cancel: () => void;
}

export function startImportTask(file: File, task: ImportTask, onProgress?: (progress: ImportProgress) => void): RunningImportTask {
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  let settle: { reject: (reason: Error) => void } | null = null;
  const done = new Promise<ImportTaskOutcome>((resolve, reject) => {
    settle = { reject };
    worker.onmessage = (event: MessageEvent<ImportTaskReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') {
        onProgress?.(reply.progress);
        return;
      }
      worker.terminate();
      if (reply.type === 'failed') reject(new Error(reply.message));
      else resolve(reply);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The import worker failed to start.'));
    };
  });
  worker.postMessage({ file, task } satisfies ImportWorkerRequest);
  return {
    done,
    cancel: () => {
      worker.terminate();
      settle?.reject(new Error('cancelled'));
    },
  };
}
