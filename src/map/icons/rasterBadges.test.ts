import { describe, expect, it } from 'vitest';
import { BADGE_NAMES, DOUBTFUL_BADGE, IMPORTED_BADGE, LINKED_MARKER, rasterBadge, UNCONFIRMED_BADGE } from './rasterBadges';
import { MARKER_SIZE } from './rasterMarker';

const pixel = (pixels: Uint8ClampedArray, size: number, x: number, y: number) => [...pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];

describe('badges and the linked-place marker', () => {
  it('fill the marker box at the pixel ratio asked', () => {
    for (const name of BADGE_NAMES) expect(rasterBadge(name, 2)).toHaveLength((MARKER_SIZE * 2) ** 2 * 4);
  });

  it('draw a linked place as a grey dot in the middle of the box', () => {
    const pixels = rasterBadge(LINKED_MARKER, 1);
    const centre = Math.floor(MARKER_SIZE / 2);
    expect(pixel(pixels, MARKER_SIZE, centre, centre)).toEqual([110, 110, 110, 255]);
    expect(pixel(pixels, MARKER_SIZE, 0, 0)[3]).toBe(0);
  });

  it('put the doubtful badge at the top right and the unconfirmed one at the bottom right, leaving the marker clear', () => {
    const doubtful = rasterBadge(DOUBTFUL_BADGE, 1);
    const unconfirmed = rasterBadge(UNCONFIRMED_BADGE, 1);
    const centre = Math.floor(MARKER_SIZE / 2);
    expect(pixel(doubtful, MARKER_SIZE, centre, centre)[3]).toBe(0);
    expect(pixel(unconfirmed, MARKER_SIZE, centre, centre)[3]).toBe(0);
    // Yellow just left of the "!" in the top-right badge; white in the bottom-right one.
    expect(pixel(doubtful, MARKER_SIZE, MARKER_SIZE - 9, 5)).toEqual([255, 212, 0, 255]);
    expect(pixel(unconfirmed, MARKER_SIZE, MARKER_SIZE - 9, MARKER_SIZE - 6)).toEqual([255, 255, 255, 255]);
    expect(pixel(doubtful, MARKER_SIZE, MARKER_SIZE - 6, MARKER_SIZE - 6)[3]).toBe(0);
  });

  it('put the imported badge at the bottom left: blue around a white arrow pointing down, the marker clear', () => {
    const size = MARKER_SIZE * 2;
    const imported = rasterBadge(IMPORTED_BADGE, 2);
    expect(pixel(imported, size, size / 2, size / 2)[3]).toBe(0);
    expect(pixel(imported, size, size - 12, size - 12)[3]).toBe(0);
    // The arrow's shaft is narrow (blue two pixels beside it), its head below is wide.
    const [white, blue] = [[255, 255, 255, 255], [31, 95, 191, 255]];
    expect(pixel(imported, size, 10, size - 15)).toEqual(white);
    expect(pixel(imported, size, 8, size - 15)).toEqual(blue);
    expect(pixel(imported, size, 8, size - 11)).toEqual(white);
    expect(pixel(imported, size, 5, size - 15)).toEqual(blue);
  });
});
