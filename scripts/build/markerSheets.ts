/**
 * The map's facility markers, drawn at build time (src/map/icons/rasterMarker.ts) instead of on the main thread
 * while the map starts: one sheet of RGBA pixels per pixel ratio (1× and 2×), deflated, emitted as an asset and
 * named by the virtual module `virtual:marker-sheets` (in development, as data: URLs). The map fetches the sheet
 * for its screen, inflates it with the browser's DecompressionStream and copies the pixels in. The legend's and the
 * lists' images (legendIcons.ts: markers with their badges) are one PNG beside them, shown as CSS sprites.
 */
import { deflateRawSync } from 'node:zlib';
import { PNG } from 'pngjs';
import type { Plugin } from 'vite';
import { compactPng } from './compactPng';
import { LEGEND_KEYS, legendIconPixels } from '../../src/map/icons/legendIcons';
import { MARKER_SIZE, markerSheet } from '../../src/map/icons/rasterMarker';

const VIRTUAL = 'virtual:marker-sheets';
export const MARKER_RATIOS = [1, 2] as const;
/** The legend's images are drawn at 2× (sharp on every screen at 18 CSS pixels). */
const LEGEND_RATIO = 2;

/** Every legend image (legendIcons.ts) side by side in one PNG, in LEGEND_KEYS' order. */
export function legendSheetPng(): Buffer {
  const size = MARKER_SIZE * LEGEND_RATIO;
  const png = new PNG({ width: size * LEGEND_KEYS.length, height: size });
  LEGEND_KEYS.forEach((key, index) => {
    const pixels = legendIconPixels(key, LEGEND_RATIO);
    for (let row = 0; row < size; row++) png.data.set(pixels.subarray(row * size * 4, (row + 1) * size * 4), (row * png.width + index * size) * 4);
  });
  return compactPng(png);
}

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
      const legend = legendSheetPng();
      const legendUrl = serving
        ? JSON.stringify(`data:image/png;base64,${legend.toString('base64')}`)
        : `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: 'marker-legend@2x.png', source: legend })}`;
      return (
        `export const MARKER_NAMES = ${JSON.stringify(sheets[0]?.names ?? [])};\nexport const MARKER_SHEETS = [${entries.join(', ')}];\n` +
        `export const LEGEND_SHEET = { keys: ${JSON.stringify(LEGEND_KEYS)}, url: ${legendUrl} };\n`
      );
    },
  };
}
