import { describe, expect, it } from 'vitest';
import { fitBoundsCamera, mercatorX, mercatorY, tileZoom, toScreen } from './firstViewCamera';

const BOUNDS = [124.0, 37.5, 131.0, 43.1] as const;

describe('the first view camera', () => {
  it('projects as Web Mercator', () => {
    expect(mercatorX(-180)).toBe(0);
    expect(mercatorX(0)).toBe(0.5);
    expect(mercatorY(0)).toBeCloseTo(0.5, 12);
    expect(mercatorY(85.0511287798)).toBeCloseTo(0, 6);
  });

  it('fits the bounds whole, touching the edges of the tighter side', () => {
    const camera = fitBoundsCamera(BOUNDS, 864, 853);
    const [left, top] = toScreen(camera, 864, 853, mercatorX(124), mercatorY(43.1));
    const [right, bottom] = toScreen(camera, 864, 853, mercatorX(131), mercatorY(37.5));
    expect(left).toBeGreaterThanOrEqual(-1e-6);
    expect(right).toBeLessThanOrEqual(864 + 1e-6);
    expect(top).toBeCloseTo(0, 6);
    expect(bottom).toBeCloseTo(853, 6);
    expect((left + right) / 2).toBeCloseTo(432, 6);
  });

  it('clusters at the zoom rounded down, as maplibre cuts a 512 px source', () => {
    expect(tileZoom(6.99)).toBe(6);
    expect(tileZoom(fitBoundsCamera(BOUNDS, 864, 853).zoom)).toBe(6);
  });
});
