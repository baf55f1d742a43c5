/**
 * Fits the transform that places a diagram image on the map from control points (image pixel ↔ lon/lat), by
 * least squares on the local tangent plane at the points' centroid, so errors come out in metres. A similarity
 * (scale, rotation, shift) keeps the drawing's shape; an affine also absorbs a drawing's uneven stretch; a
 * projective fit (fitProjective.ts) also a drawing made in perspective or narrowing towards one side.
 */
import { localProjection } from '../plan3d/localFrame';
import type { ControlPoint, ImagePoint, LonLat } from '../workbench/workTypes';

/**
 * x = (a·column + b·row + c) / w, y = (d·column + e·row + f) / w (metres east and north of `origin`), where
 * w = g·column + h·row + 1 for a projective transform (`perspective` [g, h]) and 1 otherwise.
 */
export interface ImageTransform {
  origin: LonLat;
  matrix: [number, number, number, number, number, number];
  perspective?: [number, number];
}

export type FitResult =
  | { ok: true; transform: ImageTransform; residuals: { id: string; metres: number }[]; rmsMetres: number; maxMetres: number }
  | { ok: false; reason: 'too_few_points' | 'degenerate' | 'invalid_point'; message: string };

const finite = (values: readonly number[]) => values.every(Number.isFinite);

export function prepare(points: readonly ControlPoint[], needed: number, method: string): { local: [number, number][]; origin: LonLat } | FitResult {
  const bad = points.find((point) => !finite([...point.image, ...point.map]));
  if (bad) return { ok: false, reason: 'invalid_point', message: `Control point ${bad.id} has a coordinate that is not a number; set it again.` };
  if (points.length < needed) {
    return { ok: false, reason: 'too_few_points', message: `Set at least ${needed} control points for a ${method} fit; ${points.length} ${points.length === 1 ? 'is' : 'are'} set.` };
  }
  const origin: LonLat = [points.reduce((sum, point) => sum + point.map[0], 0) / points.length, points.reduce((sum, point) => sum + point.map[1], 0) / points.length];
  const projection = localProjection({ origin });
  return { local: points.map((point) => projection.toLocal(point.map)), origin };
}

export function withResiduals(points: readonly ControlPoint[], local: [number, number][], transform: ImageTransform): FitResult {
  const residuals = points.map((point, index) => {
    const [x, y] = applyMatrix(transform, point.image);
    const [targetX, targetY] = local[index] ?? [0, 0];
    return { id: point.id, metres: Math.hypot(x - targetX, y - targetY) };
  });
  const rmsMetres = Math.sqrt(residuals.reduce((sum, item) => sum + item.metres ** 2, 0) / residuals.length);
  return { ok: true, transform, residuals, rmsMetres, maxMetres: Math.max(...residuals.map((item) => item.metres)) };
}

/** Image point → metres on the transform's plane. */
export function applyMatrix({ matrix: [a, b, c, d, e, f], perspective: [g, h] = [0, 0] }: ImageTransform, [column, row]: ImagePoint): [number, number] {
  const w = g * column + h * row + 1;
  return [(a * column + b * row + c) / w, (d * column + e * row + f) / w];
}

/**
 * Scale, rotation and shift, least squares (≥ 2 points). Image rows run down while north runs up, so rows are
 * flipped before fitting: an upright drawing lands upright, not mirrored.
 */
export function fitSimilarity(points: readonly ControlPoint[]): FitResult {
  const prepared = prepare(points, 2, 'similarity');
  if ('ok' in prepared) return prepared;
  const { local, origin } = prepared;
  const source = points.map((point) => [point.image[0], -point.image[1]] as const);
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const [meanU, meanV] = [mean(source.map(([u]) => u)), mean(source.map(([, v]) => v))];
  const [meanX, meanY] = [mean(local.map(([x]) => x)), mean(local.map(([, y]) => y))];
  let spread = 0;
  let alongA = 0;
  let alongB = 0;
  source.forEach(([u, v], index) => {
    const [x, y] = local[index] ?? [0, 0];
    const [du, dv, dx, dy] = [u - meanU, v - meanV, x - meanX, y - meanY];
    spread += du * du + dv * dv;
    alongA += du * dx + dv * dy;
    alongB += du * dy - dv * dx;
  });
  if (spread < 1e-9) return { ok: false, reason: 'degenerate', message: 'The control points are all at one place on the image; spread them out.' };
  const [a, b] = [alongA / spread, alongB / spread];
  // x = a·u − b·v + tx with v = −row, so in (column, row): x = a·column + b·row + tx, y = b·column − a·row + ty.
  const tx = meanX - a * meanU + b * meanV;
  const ty = meanY - b * meanU - a * meanV;
  return withResiduals(points, local, { origin, matrix: [a, b, tx, b, -a, ty] });
}

/** A general affine transform, least squares (≥ 3 points not on one line). */
export function fitAffine(points: readonly ControlPoint[]): FitResult {
  const prepared = prepare(points, 3, 'affine');
  if ('ok' in prepared) return prepared;
  const { local, origin } = prepared;
  // Normal equations: the same 3×3 matrix of image terms for the x and the y rows.
  const normal = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  const rightX = [0, 0, 0];
  const rightY = [0, 0, 0];
  points.forEach((point, index) => {
    const terms = [point.image[0], point.image[1], 1];
    const [x, y] = local[index] ?? [0, 0];
    for (let row = 0; row < 3; row++) {
      for (let column = 0; column < 3; column++) normal[row * 3 + column] = (normal[row * 3 + column] ?? 0) + (terms[row] ?? 0) * (terms[column] ?? 0);
      rightX[row] = (rightX[row] ?? 0) + (terms[row] ?? 0) * x;
      rightY[row] = (rightY[row] ?? 0) + (terms[row] ?? 0) * y;
    }
  });
  const solvedX = solve3(normal, rightX);
  const solvedY = solve3(normal, rightY);
  if (!solvedX || !solvedY) return { ok: false, reason: 'degenerate', message: 'The control points lie on one line on the image; add one away from that line.' };
  return withResiduals(points, local, { origin, matrix: [...solvedX, ...solvedY] as ImageTransform['matrix'] });
}

/** Cramer's rule; null when the system is (nearly) singular relative to its scale. */
function solve3(m: number[], r: number[]): [number, number, number] | null {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0, i = 0] = m;
  const det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
  const scale = Math.max(...m.map(Math.abs)) ** 3;
  if (!Number.isFinite(det) || Math.abs(det) <= scale * 1e-12) return null;
  const [p = 0, q = 0, s = 0] = r;
  const x = (p * (e * i - f * h) - b * (q * i - f * s) + c * (q * h - e * s)) / det;
  const y = (a * (q * i - f * s) - p * (d * i - f * g) + c * (d * s - q * g)) / det;
  const z = (a * (e * s - q * h) - b * (d * s - q * g) + p * (d * h - e * g)) / det;
  return [x, y, z];
}
