import { describe, expect, it } from 'vitest';
import { chunkFiles } from './preloadLazyChunk';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = []) => ({ type: 'chunk' as const, fileName, facadeModuleId, imports });

describe('chunkFiles', () => {
  const bundle = {
    'assets/index.js': chunk('assets/index.js', '/app/src/app/main.tsx', ['assets/runtime.js']),
    'assets/runtime.js': chunk('assets/runtime.js', null),
    'assets/MapView.js': chunk('assets/MapView.js', '/app/src/map/MapView.tsx', ['assets/maplibre.js', 'assets/runtime.js']),
    'assets/maplibre.js': chunk('assets/maplibre.js', null, ['assets/runtime.js']),
    'assets/MapView.css': { type: 'asset' },
  };

  it('lists the chunk of the module named, then what it imports, each once', () => {
    expect(chunkFiles(bundle, 'src/map/MapView.tsx')).toEqual(['assets/MapView.js', 'assets/maplibre.js', 'assets/runtime.js']);
  });

  it('stops the build with the module named when no chunk is built for it', () => {
    expect(() => chunkFiles(bundle, 'src/map/Missing.tsx')).toThrow(/src\/map\/Missing\.tsx/);
  });
});
