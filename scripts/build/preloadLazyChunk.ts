/**
 * The map's code (maplibre, about 1 MB) is a lazily imported chunk, so pages without a map do not wait on it; but
 * the map is the app's front door. A modulepreload link in index.html lets the browser fetch and compile that chunk
 * while the entry script runs, instead of only after it has run (the chunk's own imports included).
 */
import type { Plugin } from 'vite';

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
}

type BundleLike = Record<string, { type: string }>;

/** The chunk built for the module whose path ends with `moduleSuffix`, then every chunk it imports statically. */
export function chunkFiles(bundle: BundleLike, moduleSuffix: string): string[] {
  const chunks = Object.values(bundle).filter((item): item is ChunkLike => item.type === 'chunk');
  const start = chunks.find((chunk) => chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(moduleSuffix));
  if (!start) throw new Error(`preloadLazyChunk: no chunk is built for a module ending "${moduleSuffix}"`);
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const files: string[] = [];
  const visit = (chunk: ChunkLike) => {
    if (files.includes(chunk.fileName)) return;
    files.push(chunk.fileName);
    for (const name of chunk.imports) {
      const imported = byName.get(name);
      if (imported) visit(imported);
    }
  };
  visit(start);
  return files;
}

export function preloadLazyChunk(moduleSuffix: string): Plugin {
  let base = '/';
  return {
    name: 'atlas:preload-lazy-chunk',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        // Only the map's page has a map; interview mode's page never loads it.
        if (!context.bundle || context.path !== '/index.html') return [];
        return chunkFiles(context.bundle as BundleLike, moduleSuffix)
          .filter((file) => !html.includes(file))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}
