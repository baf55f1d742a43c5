/**
 * What the browser benchmarks share: one static server (from memory, gzip made once at start, the same cache
 * headers for every file) for the baseline pages and the built app alike, so neither is timed with the other's
 * server costs; baseline pages built by Vite like the app; a browser that cannot reach past this machine; medians
 * and spreads of alternating runs.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { build, type InlineConfig } from 'vite';
import { chromiumPath, CHROMIUM_ARGS } from '../../tests/e2e/support/browser';

/** URL path → [content type, body]. */
export type StaticFiles = Record<string, [string, string | Buffer]>;

const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|javascript)|image\/svg)/;

/**
 * Serves `files` on 127.0.0.1 (query strings ignored; "/" for a route with no file extension); 404 for anything
 * else. Text is sent gzipped when the
 * browser asks (as any static host does; compressed once, here, not per request), with a ten-minute cache
 * lifetime (GitHub Pages' default), so a file preloaded by a page is reused by its workers.
 */
export async function serveFiles(files: StaticFiles): Promise<{ url: string; close: () => void }> {
  const gzipped = new Map<string, Buffer>();
  for (const [path, [type, body]] of Object.entries(files)) if (COMPRESSIBLE.test(type)) gzipped.set(path, gzipSync(body));
  const server = createServer((request, response) => {
    const requested = new URL(request.url ?? '/', 'http://localhost').pathname;
    // A page's own route (/facility/…, no file extension) gets index.html, as a single-page app's host answers.
    const path = files[requested] || /\.\w+$/.test(requested) ? requested : '/';
    const file = files[path];
    if (!file) return void response.writeHead(404).end();
    const headers: Record<string, string> = { 'content-type': file[0], 'cache-control': 'max-age=600', vary: 'accept-encoding' };
    const packed = gzipped.get(path);
    if (packed && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(packed);
    } else {
      response.writeHead(200, headers).end(file[1]);
    }
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

/** Every file of a built folder (dist/) by URL path, its index.html at "/". */
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

/** The built app's files with some of its data files' bodies replaced (e.g. `facilities` → a SYNTHETIC file). */
export function withDataFiles(files: StaticFiles, replacements: Record<string, string>): StaticFiles {
  const replaced = { ...files };
  for (const [stem, body] of Object.entries(replacements)) {
    const path = Object.keys(files).find((candidate) => new RegExp(`^/assets/${stem}-[\\w-]+\\.(geo)?json$`).test(candidate));
    if (!path) throw new Error(`the built app has no data file named ${stem}`);
    replaced[path] = [files[path]?.[0] ?? 'application/json', body];
  }
  return replaced;
}

/**
 * Builds a baseline page of scripts/bench/pages/<name>/ with Vite (production, minified, like the app) and returns
 * its files, so a baseline is charged the same bundler as the app and no more.
 */
export async function buildBenchPage(name: string, options: InlineConfig = {}): Promise<StaticFiles> {
  const outDir = mkdtempSync(join(tmpdir(), `bench-${name}-`));
  try {
    await build({ ...options, root: join('scripts/bench/pages', name), configFile: false, logLevel: 'warn', build: { ...options.build, outDir, emptyOutDir: true } });
    return builtAppFiles(outDir);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * Debian's Chromium with software WebGL, as in the browser tests, with every host name but 127.0.0.1 resolving
 * to nothing: a benchmark page cannot reach past this machine, and watchOffsite says if one tried.
 * `gpuCompositing`: the page composited by the GPU process (in software too, SwiftShader) rather than on the
 * main thread, as on a device with a GPU. Composited in software, each map frame's commit holds the main thread
 * ~70–135 ms on this machine whatever the page does (traced; most likely the WebGL frame finished and copied for
 * the compositor); composited by the GPU process, the same commit takes 0–6 ms.
 */
export function launchOfflineBrowser(options: { gpuCompositing?: boolean } = {}): Promise<Browser> {
  const args = options.gpuCompositing ? [...CHROMIUM_ARGS.filter((arg) => arg !== '--disable-gpu'), '--ignore-gpu-blocklist'] : CHROMIUM_ARGS;
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...args, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
}

/** Records every request of `page` that is not to 127.0.0.1 (data: and blob: aside) into `offsite`. */
export function watchOffsite(page: Page, offsite: string[]): void {
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1' && !['data:', 'blob:'].includes(url.protocol)) offsite.push(url.href);
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** Median, range and every value, as one printable line. */
export function spread(values: number[], unit = 'ms', digits = 0): { median: number; min: number; max: number; text: string } {
  const [middle, min, max] = [median(values), Math.min(...values), Math.max(...values)];
  const format = (value: number) => value.toFixed(digits);
  return {
    median: middle,
    min,
    max,
    text: `median ${format(middle)} ${unit}, range ${format(min)}–${format(max)} (${values.map(format).join(', ')})`,
  };
}

/** Runs `first` and `second` in turn, `runs` times each (ABAB…), and returns each one's results. */
export async function alternate<T>(runs: number, first: (run: number) => Promise<T>, second: (run: number) => Promise<T>): Promise<[T[], T[]]> {
  const [a, b]: [T[], T[]] = [[], []];
  for (let run = 0; run < runs; run += 1) {
    a.push(await first(run));
    b.push(await second(run));
  }
  return [a, b];
}

export function gzipKiB(path: string): number {
  return gzipSync(readFileSync(path)).length / 1024;
}
