/**
 * The map's facility markers, drawn at build time (src/map/icons/rasterMarker.ts) instead of on the main thread
 * while the map starts: one sheet of RGBA pixels per pixel ratio (1× and 2×), deflated, emitted as an asset and
 * named by the virtual module `virtual:marker-sheets` (in development, as data: URLs). The map fetches the sheet
 * for its screen, inflates it with the browser's DecompressionStream and copies the pixels in.
 */
import { deflateRawSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { markerSheet } from '../../src/map/icons/rasterMarker';

const VIRTUAL = 'virtual:marker-sheets';
export const MARKER_RATIOS = [1, 2] as const;

export function markerSheets(): Plugin {
  let serving = false;
  return {
    name: 'atlas:marker-sheets',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId(id) {
      return id === VIRTUAL ? `\0${VIRTUAL}` : null;
    },
    load(id) {
      if (id !== `\0${VIRTUAL}`) return null;
      const sheets = MARKER_RATIOS.map((ratio) => ({ ratio, ...markerSheet(ratio) }));
      const urls = sheets.map(({ ratio, pixels }) => {
        const packed = deflateRawSync(pixels, { level: 9 });
        if (serving) return JSON.stringify(`data:application/octet-stream;base64,${packed.toString('base64')}`);
        return `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: `markers@${ratio}x.rgba`, source: packed })}`;
      });
      const entries = sheets.map(({ ratio, size }, index) => `{ ratio: ${ratio}, size: ${size}, url: ${urls[index]} }`);
      return `export const MARKER_NAMES = ${JSON.stringify(sheets[0]?.names ?? [])};\nexport const MARKER_SHEETS = [${entries.join(', ')}];\n`;
    },
  };
}
