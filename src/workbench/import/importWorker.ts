/**
 * The import's worker: parsing a file (a 200 MB CSV streams through here) never holds the page. One request a
 * worker: the file and the task; replies are progress, then the inspection or the import's result and preview.
 */
import { runImportTask, type ImportTask, type ImportTaskReply } from '../../domain/formats/importTask';
import { blobSource } from './blobSource';

export interface ImportWorkerRequest {
  file: File;
  task: ImportTask;
}

self.onmessage = (event: MessageEvent<ImportWorkerRequest>) => {
  const { file, task } = event.data;
  void runImportTask(blobSource(file.name, file), task, (message: ImportTaskReply) => self.postMessage(message));
};
