import { describe, expect, it } from 'vitest';
import { preloadTags } from './preloadAssets';

const bundle = {
  'assets/index.js': { type: 'chunk', fileName: 'assets/index.js' },
  'assets/MapView.js': { type: 'chunk', fileName: 'assets/MapView.js', viteMetadata: { importedCss: new Set(['assets/MapView.css']) } },
  'assets/worker-abc.mjs': { type: 'asset', fileName: 'assets/worker-abc.mjs' },
  'assets/facilities-abc.geojson': { type: 'asset', fileName: 'assets/facilities-abc.geojson', originalFileNames: ['data/geojson/facilities.geojson'] },
  'assets/region-abc.geojson': { type: 'asset', fileName: 'assets/region-abc.geojson', originalFileNames: ['data/basemap/region.geojson'] },
};

describe('preloadTags', () => {
  it('preloads each file named by its emitted name or its source path, and the lazy chunk stylesheets', () => {
    const tags = preloadTags(
      bundle,
      [
        { test: /\/worker-[\w-]+\.mjs$/, as: 'script' },
        { test: /^data\/geojson\//, as: 'fetch' },
        { test: /^data\/basemap\//, as: 'fetch', priority: 'low' },
      ],
      ['assets/MapView.js'],
    );
    expect(tags.map((tag) => tag.attrs)).toEqual([
      { rel: 'preload', as: 'script', href: '/assets/worker-abc.mjs', crossorigin: true },
      { rel: 'preload', as: 'fetch', href: '/assets/facilities-abc.geojson', crossorigin: true },
      { rel: 'preload', as: 'fetch', href: '/assets/region-abc.geojson', crossorigin: true, fetchpriority: 'low' },
      { rel: 'preload', as: 'style', href: '/assets/MapView.css', crossorigin: true },
    ]);
  });

  it('stops the build when a preload names no emitted file', () => {
    expect(() => preloadTags(bundle, [{ test: /missing/, as: 'script' }], [])).toThrow(/missing/);
  });
});
