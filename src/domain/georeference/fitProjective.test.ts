import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { localProjection } from '../plan3d/localFrame';
import type { ControlPoint, ImagePoint, LonLat } from '../workbench/workTypes';
import { fitProjective } from './fitProjective';
import { fitAffine, fitSimilarity, type FitResult } from './fitTransform';
import { imageToLonLat, lonLatToImage, placementFit } from './placement';

const ORIGIN: LonLat = [129.987, 42.9596];
const projection = localProjection({ origin: ORIGIN });
/** A SYNTHETIC 600 × 400 px sketch: its four corners and inner points where walls meet. */
const IMAGE_POINTS: ImagePoint[] = [[20, 30], [580, 25], [570, 380], [30, 370], [300, 200], [150, 300], [450, 90]];

/** A drawing whose far (top) side was drawn narrower: a known homography onto ORIGIN's plane, in metres. */
const H = [0.06, 0.004, -18, 0.002, -0.055, 11, 0.0004, -0.0006] as const;
const throughH = ([column, row]: ImagePoint): [number, number] => {
  const [a, b, c, d, e, f, g, h] = H;
  const w = g * column + h * row + 1;
  return [(a * column + b * row + c) / w, (d * column + e * row + f) / w];
};

function points(shifts: Record<number, [number, number]> = {}): ControlPoint[] {
  return deepFreeze(
    IMAGE_POINTS.map((image, index) => {
      const [x, y] = throughH(image);
      const [dx, dy] = shifts[index] ?? [0, 0];
      return { id: `SYNTHETIC-point-${index + 1}`, image, map: projection.toLonLat([x + dx, y + dy]) };
    }),
  );
}

const fitted = (result: FitResult) => {
  if (!result.ok) throw new Error(result.message);
  return result;
};

describe('the projective fit', () => {
  it('recovers a known homography exactly: every image point lands where it was sent, residuals zero', () => {
    const result = fitted(fitProjective(points()));
    expect(result.maxMetres).toBeLessThan(1e-6);
    for (const image of [[0, 0], [600, 400], [123, 321]] as ImagePoint[]) {
      const [lon, lat] = imageToLonLat(result.transform, image);
      const [knownLon, knownLat] = projection.toLonLat(throughH(image));
      expect(lon).toBeCloseTo(knownLon, 9);
      expect(lat).toBeCloseTo(knownLat, 9);
      const back = lonLatToImage(result.transform, [lon, lat]);
      expect(back?.[0]).toBeCloseTo(image[0], 4);
      expect(back?.[1]).toBeCloseTo(image[1], 4);
    }
  });

  it('fits a perspective drawing far better than a similarity or an affine can (residuals in metres)', () => {
    const controlPoints = points();
    const similarity = fitted(fitSimilarity(controlPoints));
    const affine = fitted(fitAffine(controlPoints));
    const projective = fitted(fitProjective(controlPoints));
    expect(similarity.rmsMetres).toBeGreaterThan(1);
    expect(affine.rmsMetres).toBeGreaterThan(0.5);
    expect(affine.rmsMetres).toBeLessThan(similarity.rmsMetres);
    expect(projective.rmsMetres).toBeLessThan(1e-6);
  });

  it('names the point a slip of the hand moved, with a residual in metres', () => {
    const result = fitted(fitProjective(points({ 4: [2, -1.5] })));
    const worst = result.residuals.reduce((top, item) => (item.metres > top.metres ? item : top));
    expect(worst.id).toBe('SYNTHETIC-point-5');
    expect(worst.metres).toBeGreaterThan(0.5);
    expect(worst.metres).toBeLessThan(2.5);
  });

  it('asks for four points, and refuses points on one line', () => {
    expect(fitProjective(points().slice(0, 3))).toMatchObject({ ok: false, reason: 'too_few_points', message: expect.stringContaining('at least 4') });
    const line = [0, 1, 2, 3].map((n) => ({ id: `SYNTHETIC-line-${n}`, image: [n * 10, n * 10] as ImagePoint, map: projection.toLonLat([n, n * 2]) }));
    expect(fitProjective(line)).toMatchObject({ ok: false, reason: 'degenerate' });
  });

  it('is chosen by a placement of kind projective', () => {
    const fit = placementFit({ kind: 'projective', controlPoints: points() });
    expect(fit?.ok && fit.rmsMetres).toBeLessThan(1e-6);
  });
});
