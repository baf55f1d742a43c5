/**
 * The first screen's requests start with the page, not one after another: the map's worker script is otherwise
 * requested only once maplibre's chunk has arrived and run, the data loader's worker only once the entry script
 * has run, and the data only once that worker runs. A preload link for each starts them all at once; the workers'
 * own requests then find them in the HTTP cache (a module worker cannot use a document's preload or module map,
 * so these are plain `preload`, not `modulepreload`, and nothing is compiled twice). The lazily loaded map
 * chunk's stylesheet is preloaded too.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { chunkFiles } from './preloadLazyChunk';

export interface AssetPreload {
  /** Tested against each emitted file's name and the source paths it was emitted from. */
  test: RegExp;
  as: 'script' | 'fetch' | 'style';
  priority?: 'high' | 'low';
  /** Only for screens that match (e.g. a pixel ratio). */
  media?: string;
}

interface OutputLike {
  type: string;
  fileName: string;
  originalFileNames?: string[];
  viteMetadata?: { importedCss?: Set<string> };
}

/** The emitted files each preload names, as link tags, in the order of `preloads`; the stylesheets of `chunks`. */
export function preloadTags(bundle: Record<string, OutputLike>, preloads: readonly AssetPreload[], chunks: readonly string[], base = '/'): HtmlTagDescriptor[] {
  const files = Object.values(bundle);
  const tags: HtmlTagDescriptor[] = [];
  for (const preload of preloads) {
    const matching = files.filter((file) => [file.fileName, ...(file.originalFileNames ?? [])].some((name) => preload.test.test(name.replaceAll('\\', '/'))));
    if (matching.length === 0) throw new Error(`preloadAssets: no emitted file matches ${preload.test}`);
    for (const file of matching) {
      const attrs: Record<string, string | boolean> = { rel: 'preload', as: preload.as, href: `${base}${file.fileName}`, crossorigin: true };
      if (preload.priority) attrs.fetchpriority = preload.priority;
      if (preload.media) attrs.media = preload.media;
      tags.push({ tag: 'link', attrs, injectTo: 'head' });
    }
  }
  for (const css of chunks.flatMap((name) => [...(bundle[name]?.viteMetadata?.importedCss ?? [])])) {
    tags.push({ tag: 'link', attrs: { rel: 'preload', as: 'style', href: `${base}${css}`, crossorigin: true }, injectTo: 'head' });
  }
  return tags;
}

/** Adds preload links to index.html for the files `preloads` name and for the stylesheets of the lazy `chunks`. */
export function preloadAssets(preloads: readonly AssetPreload[], chunksOf: (bundle: Record<string, OutputLike>) => string[] = () => []): Plugin {
  let base = '/';
  return {
    name: 'atlas:preload-assets',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        // The map's page only: interview mode's page (interview.html) has no map, its worker or its markers.
        if (!context.bundle || context.path !== '/index.html') return [];
        const bundle = context.bundle as unknown as Record<string, OutputLike>;
        return preloadTags(bundle, preloads, chunksOf(bundle), base).filter((tag) => !html.includes(String(tag.attrs?.href)));
      },
    },
  };
}

/**
 * What the app's first screen fetches before its first facilities: both workers' scripts, the bundled data, the
 * markers. Not the basemap: preloaded, even at low priority, it took bandwidth from the scripts on a slow network
 * (firstLoad against the build before, CPU 4×, Fast 3G: facilities 1.12× later, 5 runs each).
 */
export const FIRST_SCREEN: readonly AssetPreload[] = [
  { test: /\/maplibre-gl-worker-[\w-]+\.mjs$/, as: 'script' },
  { test: /\/loadDatasetWorker-[\w-]+\.js$/, as: 'script' },
  // The bundled data, or another folder's named data/geojson (FACILITY_ATLAS_DATA_FOLDER: a benchmark's SYNTHETIC build).
  { test: /(^|\/)data\/geojson\//, as: 'fetch' },
  // The markers drawn at build time (markerSheets.ts), for this screen's pixel ratio as markerSheet.ts picks it.
  { test: /\/markers@1x-[\w-]+\.rgba$/, as: 'fetch', media: '(max-resolution: 1.25dppx)' },
  { test: /\/markers@2x-[\w-]+\.rgba$/, as: 'fetch', media: '(min-resolution: 1.26dppx)' },
];

/** FIRST_SCREEN, and the stylesheets of the lazily loaded chunk of `mapModule` (a path suffix, e.g. src/map/MapView.tsx). */
export function preloadFirstScreen(mapModule: string): Plugin {
  return preloadAssets(FIRST_SCREEN, (bundle) => chunkFiles(bundle, mapModule));
}
