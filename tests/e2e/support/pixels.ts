/** Reads a screenshot's pixels, to tell a drawn map from a blank canvas. */
import { PNG } from 'pngjs';

/** Share of pixels (0–1) whose red, green and blue pass `test`. */
export function pixelShare(screenshot: Buffer, test: (red: number, green: number, blue: number) => boolean): number {
  const png = PNG.sync.read(screenshot);
  let matches = 0;
  for (let offset = 0; offset < png.data.length; offset += 4) {
    if (test(png.data[offset] ?? 0, png.data[offset + 1] ?? 0, png.data[offset + 2] ?? 0)) matches += 1;
  }
  return matches / (png.width * png.height);
}

/** Share of pixels within `tolerance` of a colour (0–1). */
export function colourShare(screenshot: Buffer, [red, green, blue]: readonly [number, number, number], tolerance = 12): number {
  return pixelShare(
    screenshot,
    (r, g, b) => Math.abs(r - red) <= tolerance && Math.abs(g - green) <= tolerance && Math.abs(b - blue) <= tolerance,
  );
}

/** How many distinct colours (quantised to 4 bits a channel) cover at least 0.1% of the image. */
export function distinctColours(screenshot: Buffer): number {
  const png = PNG.sync.read(screenshot);
  const counts = new Map<number, number>();
  for (let offset = 0; offset < png.data.length; offset += 4) {
    const key = ((png.data[offset] ?? 0) >> 4) * 256 + ((png.data[offset + 1] ?? 0) >> 4) * 16 + ((png.data[offset + 2] ?? 0) >> 4);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const threshold = (png.width * png.height) / 1000;
  return [...counts.values()].filter((count) => count >= threshold).length;
}
