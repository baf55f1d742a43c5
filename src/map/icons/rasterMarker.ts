/**
 * The facility markers as RGBA pixels without a canvas: the same shapes, strokes and dashes as drawMarker paints,
 * found by sampling each pixel 4×4 times. Pure, so the build draws them (scripts/build/markerPixels.ts) and the
 * map only copies the pixels in, instead of drawing twenty-two canvases on the main thread while the map starts.
 */
import { FACILITY_TYPES, type FacilityType } from '../../domain/enums';
import { markerImageName, shapeOutline, TYPE_STYLES } from '../layers/typeStyles';
import { BADGE_NAMES, rasterBadge } from './rasterBadges';

/** The marker's box in CSS pixels, and the radius of its shape. */
export const MARKER_SIZE = 26;
const RADIUS = 8.5;
const SAMPLES = 4;
const DASH = [3, 2] as const;

export type Colour = [number, number, number, number];
/** What a sample point knows of the path: whether it is inside, how far from the edge, and how far along it. */
type Sample = { inside: boolean; distance: number; along: number };

/** The path of a marker as a function from a point (CSS pixels) to its Sample. */
function pathOf(type: FacilityType): (x: number, y: number) => Sample {
  const centre = MARKER_SIZE / 2;
  const outline = shapeOutline(TYPE_STYLES[type].shape);
  if (outline === null) {
    // Circles (a ring has a hole: two circles, even-odd), measured exactly rather than as polygons.
    const radii = TYPE_STYLES[type].shape === 'ring' ? [RADIUS, RADIUS * 0.45] : [RADIUS];
    return (x, y) => {
      const [dx, dy] = [x - centre, y - centre];
      const from = Math.hypot(dx, dy);
      const angle = (Math.atan2(dy, dx) + Math.PI * 2) % (Math.PI * 2);
      let best = { distance: Infinity, along: 0 };
      for (const radius of radii) if (Math.abs(from - radius) < best.distance) best = { distance: Math.abs(from - radius), along: angle * radius };
      return { inside: radii.filter((radius) => from < radius).length % 2 === 1, ...best };
    };
  }
  const ring = outline.map(([x, y]): [number, number] => [centre + x * RADIUS, centre + y * RADIUS]);
  return (x, y) => {
    let [inside, distance, along, travelled] = [false, Infinity, 0, 0];
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      // The edge from vertex i to the next, for the distance and the position along the outline.
      const [bx, by] = ring[(i + 1) % ring.length] as [number, number];
      const length = Math.hypot(bx - xi, by - yi);
      const t = Math.max(0, Math.min(1, ((x - xi) * (bx - xi) + (y - yi) * (by - yi)) / (length * length)));
      const edge = Math.hypot(xi + t * (bx - xi) - x, yi + t * (by - yi) - y);
      if (edge < distance) [distance, along] = [edge, travelled + t * length];
      travelled += length;
    }
    return { inside, distance, along };
  };
}

export function parse(hex: string): Colour {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255, 1];
}

/** Paints `colour` over the pixel at `at` with `coverage` (0–1), source-over, in straight (not premultiplied) RGBA. */
export function blend(pixels: Uint8ClampedArray, at: number, colour: Colour, coverage: number): void {
  const alpha = colour[3] * coverage;
  if (alpha <= 0) return;
  const below = (pixels[at + 3] ?? 0) / 255;
  const out = alpha + below * (1 - alpha);
  for (let channel = 0; channel < 3; channel++) {
    pixels[at + channel] = ((colour[channel] ?? 0) * alpha + (pixels[at + channel] ?? 0) * below * (1 - alpha)) / out;
  }
  pixels[at + 3] = out * 255;
}

/** One marker at `pixelRatio`: a dark halo, then a filled shape with a white edge, or (approximate) a dashed outline. */
export function rasterMarker(type: FacilityType, approximate: boolean, pixelRatio: number): Uint8ClampedArray {
  const size = Math.round(MARKER_SIZE * pixelRatio);
  const pixels = new Uint8ClampedArray(size * size * 4);
  const path = pathOf(type);
  const colour = parse(TYPE_STYLES[type].colour);
  // Painted in drawMarker's order; each layer's test is on a sample of the path.
  const layers: { colour: Colour; covers: (sample: Sample) => boolean }[] = approximate
    ? [
        { colour: [0, 0, 0, 0.85], covers: (sample) => sample.distance <= 2.5 },
        { colour, covers: (sample) => sample.distance <= 1.25 && sample.along % (DASH[0] + DASH[1]) < DASH[0] },
      ]
    : [
        { colour: [0, 0, 0, 0.85], covers: (sample) => sample.distance <= 2 },
        { colour, covers: (sample) => sample.inside },
        { colour: [255, 255, 255, 1], covers: (sample) => sample.distance <= 0.6 },
      ];
  const hits = layers.map(() => 0);
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      hits.fill(0);
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const sample = path((column + (sx + 0.5) / SAMPLES) / pixelRatio, (row + (sy + 0.5) / SAMPLES) / pixelRatio);
          layers.forEach((layer, index) => {
            if (layer.covers(sample)) hits[index] = (hits[index] ?? 0) + 1;
          });
        }
      }
      const at = (row * size + column) * 4;
      layers.forEach((layer, index) => blend(pixels, at, layer.colour, (hits[index] ?? 0) / (SAMPLES * SAMPLES)));
    }
  }
  return pixels;
}

/** Every marker at `pixelRatio`, named as the map's layers name them, in one RGBA sheet: one marker after another. */
export function markerSheet(pixelRatio: number): { names: string[]; size: number; pixels: Uint8ClampedArray } {
  const names: string[] = [];
  const parts: Uint8ClampedArray[] = [];
  for (const type of FACILITY_TYPES) {
    for (const approximate of [false, true]) {
      names.push(markerImageName(type, approximate ? 'approximate' : 'site'));
      parts.push(rasterMarker(type, approximate, pixelRatio));
    }
  }
  // The linked-place marker and the badges (rasterBadges.ts), in the same box, after the type markers.
  for (const name of BADGE_NAMES) {
    names.push(name);
    parts.push(rasterBadge(name, pixelRatio));
  }
  const pixels = new Uint8ClampedArray(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((offset, part) => (pixels.set(part, offset), offset + part.length), 0);
  return { names, size: Math.round(MARKER_SIZE * pixelRatio), pixels };
}
