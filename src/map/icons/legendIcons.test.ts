import { describe, expect, it } from 'vitest';
import { DOUBTFUL_BADGE, IMPORTED_BADGE, LINKED_MARKER, rasterBadge, UNCONFIRMED_BADGE } from './rasterBadges';
import { LEGEND_KEYS, legendIconKey, legendIconPixels } from './legendIcons';
import { rasterMarker } from './rasterMarker';

const alphaSum = (pixels: Uint8ClampedArray) => pixels.reduce((sum, value, index) => (index % 4 === 3 ? sum + value : sum), 0);

describe('the legend images', () => {
  it('holds every type and precision with each badge, and the linked-place marker, once', () => {
    expect(new Set(LEGEND_KEYS).size).toBe(LEGEND_KEYS.length);
    expect(LEGEND_KEYS).toContain(legendIconKey('detention_centre', true, UNCONFIRMED_BADGE));
    expect(LEGEND_KEYS).toContain(legendIconKey('office', false, IMPORTED_BADGE));
    expect(LEGEND_KEYS).toContain(LINKED_MARKER);
  });

  it("draws a plain marker as the map's own pixels, and the linked-place marker as its badge", () => {
    expect(legendIconPixels(legendIconKey('detention_centre', false), 2)).toEqual(rasterMarker('detention_centre', false, 2));
    expect(legendIconPixels(LINKED_MARKER, 2)).toEqual(rasterBadge(LINKED_MARKER, 2));
  });

  it('fades a doubtful marker and lays the badge over it', () => {
    const plain = legendIconPixels(legendIconKey('office', false), 1);
    const doubtful = legendIconPixels(legendIconKey('office', false, DOUBTFUL_BADGE), 1);
    const badge = rasterBadge(DOUBTFUL_BADGE, 1);
    // The badge's own opaque pixels show through unchanged; elsewhere the marker is fainter.
    const at = badge.findIndex((value, index) => index % 4 === 3 && value === 255) - 3;
    expect([...doubtful.subarray(at, at + 4)]).toEqual([...badge.subarray(at, at + 4)]);
    expect(alphaSum(doubtful)).toBeLessThan(alphaSum(plain) + alphaSum(badge));
  });
});
