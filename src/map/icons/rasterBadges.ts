/**
 * The markers that say what a point is besides its type, as RGBA pixels in the same 26-pixel box as the type
 * markers (so a badge drawn on a marker's layer sits on its corner without offsets): a linked place (not a place of
 * detention) is a small grey dot instead of a type marker; a doubtful point carries a yellow "!" at the top right;
 * a site not yet confirmed a white "?" at the bottom right; a facility imported on this device (not published) a
 * blue badge with a white arrow pointing down, at the bottom left. Pure: the build puts them on the marker sheets, the legend
 * and the canvas fallback draw the same pixels.
 */
import { blend, MARKER_SIZE, parse, type Colour } from './rasterMarker';

export const LINKED_MARKER = 'facility-linked';
export const DOUBTFUL_BADGE = 'badge-doubtful';
export const UNCONFIRMED_BADGE = 'badge-unconfirmed';
export const IMPORTED_BADGE = 'badge-imported';
export const BADGE_NAMES = [LINKED_MARKER, DOUBTFUL_BADGE, UNCONFIRMED_BADGE, IMPORTED_BADGE] as const;
export type BadgeName = (typeof BADGE_NAMES)[number];

const SAMPLES = 4;
/** A shape as a test of a point (CSS pixels, relative to the badge's centre). */
type Shape = (x: number, y: number) => boolean;
type Layer = { colour: Colour; covers: Shape };

const disc = (radius: number, cx = 0, cy = 0): Shape => (x, y) => Math.hypot(x - cx, y - cy) <= radius;
const box = (left: number, top: number, right: number, bottom: number): Shape => (x, y) => x >= left && x <= right && y >= top && y <= bottom;
const either = (...shapes: Shape[]): Shape => (x, y) => shapes.some((shape) => shape(x, y));
/** The hook of a question mark: a ring from the left, over the top, to the lower right. */
const hook: Shape = (x, y) => {
  const [dx, dy] = [x, y + 1.3];
  const from = Math.hypot(dx, dy);
  const angle = (Math.atan2(dy, dx) * 180) / Math.PI;
  return from >= 1.15 && from <= 2.35 && angle <= 65;
};
/** An arrow pointing down (into the device): a shaft and a head whose tip is at y = 3. */
const downArrow: Shape = (x, y) => box(-0.7, -3.3, 0.7, 0)(x, y) || (y >= -0.6 && y <= 3 && Math.abs(x) <= (3 - y) * 0.85);

const DARK: Colour = [0, 0, 0, 0.85];
const INK: Colour = [20, 20, 20, 1];
const WHITE: Colour = [255, 255, 255, 1];

/** Each badge: where its centre is in the marker's box, and its layers painted in order. */
const BADGES: Readonly<Record<BadgeName, { centre: [number, number]; layers: Layer[] }>> = {
  [LINKED_MARKER]: {
    centre: [MARKER_SIZE / 2, MARKER_SIZE / 2],
    layers: [
      { colour: DARK, covers: disc(6.6) },
      { colour: WHITE, covers: disc(5.4) },
      { colour: parse('#6E6E6E'), covers: disc(4.4) },
    ],
  },
  [DOUBTFUL_BADGE]: {
    centre: [MARKER_SIZE - 5.5, 5.5],
    layers: [
      { colour: DARK, covers: disc(5.4) },
      { colour: parse('#FFD400'), covers: disc(4.4) },
      { colour: INK, covers: either(box(-0.8, -3.1, 0.8, 0.9), disc(0.95, 0, 2.3)) },
    ],
  },
  [UNCONFIRMED_BADGE]: {
    centre: [MARKER_SIZE - 5.5, MARKER_SIZE - 5.5],
    layers: [
      { colour: DARK, covers: disc(5.4) },
      { colour: WHITE, covers: disc(4.4) },
      { colour: INK, covers: either(hook, box(-0.6, 0.1, 0.6, 1.4), disc(0.8, 0, 2.6)) },
    ],
  },
  [IMPORTED_BADGE]: {
    centre: [5.5, MARKER_SIZE - 5.5],
    layers: [
      { colour: DARK, covers: disc(5.4) },
      { colour: parse('#1F5FBF'), covers: disc(4.4) },
      { colour: WHITE, covers: downArrow },
    ],
  },
};

/** One badge at `pixelRatio`, in a MARKER_SIZE box, antialiased by sampling each pixel SAMPLES² times. */
export function rasterBadge(name: BadgeName, pixelRatio: number): Uint8ClampedArray<ArrayBuffer> {
  const size = Math.round(MARKER_SIZE * pixelRatio);
  const pixels = new Uint8ClampedArray(size * size * 4);
  const { centre, layers } = BADGES[name];
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      const at = (row * size + column) * 4;
      for (const layer of layers) {
        let hits = 0;
        for (let sy = 0; sy < SAMPLES; sy++) {
          for (let sx = 0; sx < SAMPLES; sx++) {
            const x = (column + (sx + 0.5) / SAMPLES) / pixelRatio - centre[0];
            const y = (row + (sy + 0.5) / SAMPLES) / pixelRatio - centre[1];
            if (layer.covers(x, y)) hits += 1;
          }
        }
        blend(pixels, at, layer.colour, hits / (SAMPLES * SAMPLES));
      }
    }
  }
  return pixels;
}
