import { describe, expect, it } from 'vitest';
import { FACILITY_TYPES } from '../../domain/enums';
import { markerImageName, TYPE_STYLES } from '../layers/typeStyles';
import { loadMarkerImages } from './markerSheet';
import { BADGE_NAMES } from './rasterBadges';
import { MARKER_SIZE } from './rasterMarker';

describe('the markers drawn at build time', () => {
  it('arrive as one image a type and precision, then the linked-place marker and the badges, at the pixel ratio nearest the screen', async () => {
    const images = await loadMarkerImages(1);
    expect(images.map((image) => image.name)).toEqual([
      ...FACILITY_TYPES.flatMap((type) => [markerImageName(type, 'site'), markerImageName(type, 'approximate')]),
      ...BADGE_NAMES,
    ]);
    const waitingRoom = images.find((image) => image.name === markerImageName('waiting_room', 'site'));
    expect(waitingRoom?.pixelRatio).toBe(1);
    const { width = 0, data } = waitingRoom?.image ?? {};
    const centre = (Math.floor(MARKER_SIZE / 2) * width + Math.floor(MARKER_SIZE / 2)) * 4;
    const colour = TYPE_STYLES.waiting_room.colour;
    expect([...(data ?? []).slice(centre, centre + 4)]).toEqual([1, 3, 5].map((at) => Number.parseInt(colour.slice(at, at + 2), 16)).concat(255));
  });

  it('take the 2× sheet on a 2× or 3× screen', async () => {
    for (const ratio of [2, 3]) {
      const [first] = await loadMarkerImages(ratio);
      expect(first?.pixelRatio).toBe(2);
      expect(first?.image.width).toBe(MARKER_SIZE * 2);
    }
  });
});
