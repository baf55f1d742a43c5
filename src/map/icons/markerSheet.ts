/**
 * The facility markers for the map, drawn at build time: the sheet for this screen's pixel ratio is fetched (and
 * preloaded by index.html) as the map's code loads, inflated off the main thread, and cut into one image a marker.
 */
import { MARKER_NAMES, MARKER_SHEETS } from 'virtual:marker-sheets';

export interface MarkerImage {
  name: string;
  image: ImageData | { width: number; height: number; data: Uint8Array };
  pixelRatio: number;
}

/** The sheet closest to `devicePixelRatio` from above (2× on a 3× phone: maplibre scales it). */
function sheetFor(devicePixelRatio: number) {
  const sorted = [...MARKER_SHEETS].sort((a, b) => a.ratio - b.ratio);
  return sorted.find((sheet) => sheet.ratio >= devicePixelRatio - 0.25) ?? sorted[sorted.length - 1];
}

export async function loadMarkerImages(devicePixelRatio: number): Promise<MarkerImage[]> {
  const sheet = sheetFor(devicePixelRatio);
  if (!sheet) return [];
  const response = await fetch(sheet.url);
  if (!response.ok || !response.body) throw new Error(`the map's marker sheet did not load (HTTP ${response.status})`);
  const pixels = new Uint8Array(await new Response(response.body.pipeThrough(new DecompressionStream('deflate-raw'))).arrayBuffer());
  const bytes = sheet.size * sheet.size * 4;
  return MARKER_NAMES.map((name, index) => ({
    name,
    image: { width: sheet.size, height: sheet.size, data: pixels.subarray(index * bytes, (index + 1) * bytes) },
    pixelRatio: sheet.ratio,
  }));
}
