/**
 * What the browser benchmarks share: one static server (from memory, uncompressed) for the bare baseline page and
 * the built app alike, so neither is timed with the other's server costs; medians, gzip sizes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
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

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.glb': 'model/gltf-binary',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Every file of a built app folder (dist/) by URL path, its index.html at "/". */
export function builtAppFiles(folder: string): StaticFiles {
  const files: StaticFiles = {};
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[`/${relative(folder, path).split('\\').join('/')}`] = [CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', readFileSync(path)];
    }
  };
  walk(folder);
  const index = files['/index.html'];
  if (!index) throw new Error(`${folder}/index.html is missing: run \`npm run build\` first`);
  files['/'] = index;
  return files;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

export function gzipKiB(path: string): number {
  return gzipSync(readFileSync(path)).length / 1024;
}
