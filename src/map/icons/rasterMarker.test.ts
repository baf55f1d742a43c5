import { describe, expect, it } from 'vitest';
import { FACILITY_TYPES } from '../../domain/enums';
import { TYPE_STYLES } from '../layers/typeStyles';
import { BADGE_NAMES } from './rasterBadges';
import { MARKER_SIZE, markerSheet, rasterMarker } from './rasterMarker';

const pixel = (pixels: Uint8ClampedArray, size: number, x: number, y: number) => [...pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
const hex = (colour: string) => [1, 3, 5].map((at) => Number.parseInt(colour.slice(at, at + 2), 16));

describe('markers drawn without a canvas', () => {
  it('fills a site marker with its type colour inside a dark halo, and leaves the corners clear', () => {
    const pixels = rasterMarker('detention_centre', false, 1);
    const centre = Math.floor(MARKER_SIZE / 2);
    expect(pixel(pixels, MARKER_SIZE, centre, centre)).toEqual([...hex(TYPE_STYLES.detention_centre.colour), 255]);
    expect(pixel(pixels, MARKER_SIZE, 0, 0)[3]).toBe(0);
    // Just outside the square's edge (6.6 px from the centre), past its white line: the dark halo, half over the pixel.
    const [r, g, b, alpha] = pixel(pixels, MARKER_SIZE, centre + 8, centre);
    expect(Math.max(r ?? 0, g ?? 0, b ?? 0)).toBeLessThan(30);
    expect(alpha).toBeGreaterThan(80);
  });

  it('leaves an approximate marker hollow', () => {
    const pixels = rasterMarker('detention_centre', true, 1);
    const centre = Math.floor(MARKER_SIZE / 2);
    expect(pixel(pixels, MARKER_SIZE, centre, centre)[3]).toBe(0);
  });

  it('draws a sheet of every type, site and approximate, and the badges, at the pixel ratio asked', () => {
    const sheet = markerSheet(2);
    expect(sheet.size).toBe(MARKER_SIZE * 2);
    expect(sheet.names).toHaveLength(FACILITY_TYPES.length * 2 + BADGE_NAMES.length);
    expect(sheet.names).toEqual(expect.arrayContaining([...BADGE_NAMES]));
    expect(sheet.names).toContain('facility-waiting_room-approximate');
    expect(sheet.pixels.length).toBe(sheet.names.length * sheet.size * sheet.size * 4);
  });
});
