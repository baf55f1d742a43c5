/**
 * Fetches and validates the bundled dataset off the main thread, so the page and the map keep starting while
 * geometry checks run. Answers one request: the files to load; replies with the LoadResult or the failure.
 */
import { loadDataset, type LoadResult } from '../domain/loadDataset';

export interface LoadRequest {
  /** Dataset-relative path → URL to fetch it from. */
  files: [string, string][];
}

export type LoadReply = { ok: true; result: LoadResult } | { ok: false; message: string };

self.onmessage = async (event: MessageEvent<LoadRequest>) => {
  let reply: LoadReply;
  try {
    const files = await Promise.all(
      event.data.files.map(async ([path, url]) => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        return { path, text: await response.text() };
      }),
    );
    reply = { ok: true, result: loadDataset(files) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
