import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { localProjection } from '../plan3d/localFrame';
import type { ControlPoint, ImagePoint, LonLat } from '../workbench/workTypes';
import { fitAffine, fitSimilarity, type FitResult, type ImageTransform } from './fitTransform';
import { imageToLonLat, lonLatToImage, placementCorners } from './placement';

const ORIGIN: LonLat = [129.987, 42.9596];
const projection = localProjection({ origin: ORIGIN });
const IMAGE_POINTS: ImagePoint[] = [[10, 20], [400, 35], [380, 300], [25, 280], [200, 150]];

/** Control points made by sending image points through a known matrix on ORIGIN's plane (plus optional shifts). */
function pointsThrough(matrix: ImageTransform['matrix'], shifts: Record<number, [number, number]> = {}): ControlPoint[] {
  const [a, b, c, d, e, f] = matrix;
  return deepFreeze(
    IMAGE_POINTS.map(([column, row], index) => {
      const [dx, dy] = shifts[index] ?? [0, 0];
      const map = projection.toLonLat([a * column + b * row + c + dx, d * column + e * row + f + dy]);
      return { id: `SYNTHETIC-point-${index}`, image: [column, row] as ImagePoint, map };
    }),
  );
}

function fitted(result: FitResult) {
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** A matrix expressed on another origin's plane describes the same map: compare through lon/lat. */
function expectSamePlacement(transform: ImageTransform, matrix: ImageTransform['matrix']) {
  const known: ImageTransform = { origin: ORIGIN, matrix };
  for (const point of IMAGE_POINTS) {
    const [lon, lat] = imageToLonLat(transform, point);
    const [knownLon, knownLat] = imageToLonLat(known, point);
    expect(lon).toBeCloseTo(knownLon, 9);
    expect(lat).toBeCloseTo(knownLat, 9);
  }
}

// 0.05 m a pixel, turned 30° anticlockwise, rows running south (a drawing held upright).
const angle = Math.PI / 6;
const SIMILARITY: ImageTransform['matrix'] = [0.05 * Math.cos(angle), 0.05 * Math.sin(angle), -8, 0.05 * Math.sin(angle), -0.05 * Math.cos(angle), 6];
const AFFINE: ImageTransform['matrix'] = [0.06, 0.01, -10, 0.015, -0.04, 7];

describe('georeferencing a diagram by control points', () => {
  it('recovers a known similarity with residuals of zero', () => {
    const result = fitted(fitSimilarity(pointsThrough(SIMILARITY)));
    expectSamePlacement(result.transform, SIMILARITY);
    expect(result.rmsMetres).toBeLessThan(1e-6);
  });

  it('recovers a known affine transform with residuals of zero', () => {
    const result = fitted(fitAffine(pointsThrough(AFFINE)));
    expectSamePlacement(result.transform, AFFINE);
    expect(result.maxMetres).toBeLessThan(1e-6);
  });

  it('reports a misplaced point with the largest residual, and the overall error in metres', () => {
    const result = fitted(fitAffine(pointsThrough(AFFINE, { 4: [5, 0] })));
    const worst = result.residuals.reduce((top, item) => (item.metres > top.metres ? item : top));
    expect(worst.id).toBe('SYNTHETIC-point-4');
    expect(result.rmsMetres).toBeCloseTo(Math.sqrt(result.residuals.reduce((sum, item) => sum + item.metres ** 2, 0) / 5), 12);
    // Least squares spreads a 5 m error: the moved point keeps most of it, the fit is pulled towards it.
    expect(worst.metres).toBeGreaterThan(2);
    expect(worst.metres).toBeLessThan(5);
  });

  it('keeps an upright drawing upright: the top-left corner lies north-west of the bottom-right', () => {
    const corners = placementCorners({ kind: 'similarity', controlPoints: pointsThrough([0.05, 0, 0, 0, -0.05, 0]) }, 400, 300);
    if (!corners) throw new Error('no corners');
    const [topLeft, , bottomRight] = corners;
    expect(topLeft[0]).toBeLessThan(bottomRight[0]);
    expect(topLeft[1]).toBeGreaterThan(bottomRight[1]);
  });

  it('sends the fitted corners back to the image corners', () => {
    const result = fitted(fitAffine(pointsThrough(AFFINE)));
    const corners = placementCorners({ kind: 'affine', controlPoints: pointsThrough(AFFINE) }, 400, 300) ?? [];
    const expected = [[0, 0], [400, 0], [400, 300], [0, 300]];
    corners.forEach((corner, index) => {
      const image = lonLatToImage(result.transform, corner);
      expect(image?.[0]).toBeCloseTo(expected[index]?.[0] ?? NaN, 5);
      expect(image?.[1]).toBeCloseTo(expected[index]?.[1] ?? NaN, 5);
    });
  });

  it('asks for more points when there are too few, saying how many', () => {
    const two = pointsThrough(AFFINE).slice(0, 2);
    expect(fitAffine(two)).toMatchObject({ ok: false, reason: 'too_few_points', message: expect.stringContaining('at least 3') });
    expect(fitSimilarity(two.slice(0, 1))).toMatchObject({ ok: false, reason: 'too_few_points' });
    expect(placementCorners({ kind: 'affine', controlPoints: two }, 400, 300)).toBeNull();
  });

  it('refuses points on one line (affine) or at one place (similarity)', () => {
    const line = [0, 1, 2].map((n) => ({ id: `SYNTHETIC-line-${n}`, image: [n * 10, n * 10] as ImagePoint, map: projection.toLonLat([n, n * 2]) }));
    expect(fitAffine(line)).toMatchObject({ ok: false, reason: 'degenerate' });
    const same = [0, 1].map((n) => ({ id: `SYNTHETIC-same-${n}`, image: [5, 5] as ImagePoint, map: projection.toLonLat([n, 0]) }));
    expect(fitSimilarity(same)).toMatchObject({ ok: false, reason: 'degenerate' });
  });

  it('names a point whose coordinate is not a number', () => {
    const points = [...pointsThrough(SIMILARITY).slice(0, 2), { id: 'SYNTHETIC-nan', image: [Number.NaN, 1] as ImagePoint, map: ORIGIN }];
    expect(fitSimilarity(points)).toMatchObject({ ok: false, reason: 'invalid_point', message: expect.stringContaining('SYNTHETIC-nan') });
  });
});
