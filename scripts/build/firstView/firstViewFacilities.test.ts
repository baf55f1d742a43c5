import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { markerSheet } from '../../../src/map/icons/rasterMarker';
import { markerIcons } from './firstViewFacilities';

const decoded = (url: string) => PNG.sync.read(Buffer.from(url.replace('data:image/png;base64,', ''), 'base64'));

describe('markerIcons', () => {
  it('puts each image of the map sheets, at each pixel ratio, in its slot of one strip', () => {
    const [first, second] = markerSheet(1).names.slice(0, 4).filter((_, index) => index % 2 === 0);
    const icons = markerIcons(new Set([second ?? '', first ?? '']));
    expect(icons.names).toEqual([first, second].sort());
    [1, 2].forEach((ratio, at) => {
      const sheet = markerSheet(ratio);
      const strip = decoded(icons.strips[at as 0 | 1]);
      expect([strip.width, strip.height]).toEqual([sheet.size, sheet.size * 2]);
      const bytes = sheet.size * sheet.size * 4;
      icons.names.forEach((name, slot) => {
        const index = sheet.names.indexOf(name);
        expect(Buffer.from(strip.data.subarray(slot * bytes, (slot + 1) * bytes)).equals(Buffer.from(sheet.pixels.subarray(index * bytes, (index + 1) * bytes)))).toBe(true);
      });
    });
  });

  it('refuses a name the sheets do not have', () => {
    expect(() => markerIcons(new Set(['no-such-marker']))).toThrow(/no image named no-such-marker/);
  });
});
