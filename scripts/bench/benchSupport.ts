/** What the browser benchmarks share: a static server for their bare baseline page, medians, gzip sizes. */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/** URL path → [content type, body]. */
export type StaticFiles = Record<string, [string, string | Buffer]>;

/** Serves `files` on 127.0.0.1 (query strings ignored); 404 for anything else. */
export async function serveFiles(files: StaticFiles): Promise<{ url: string; close: () => void }> {
  const server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file[0] }).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

export function gzipKiB(path: string): number {
  return gzipSync(readFileSync(path)).length / 1024;
}
