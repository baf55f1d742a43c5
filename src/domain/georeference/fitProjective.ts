/**
 * The projective fit (a homography, ≥ 4 points): the map of a plane seen in perspective. It takes a sketch whose
 * far side was drawn narrower, or a photo of a diagram taken at an angle, which neither a similarity nor an
 * affine can. Least squares on the linear (DLT) equations with both point sets normalised first (Hartley), so
 * pixel and metre scales do not spoil the conditioning; residuals are then measured in metres on the ground.
 */
import type { ControlPoint } from '../workbench/workTypes';
import { prepare, withResiduals, type FitResult, type ImageTransform } from './fitTransform';
import { invert3, multiply3, type Matrix3 } from './matrix3';

/** Shift to the centroid and scale to a mean distance of √2: the normalisation as a 3×3 matrix. */
function normaliser(points: readonly (readonly [number, number])[]): Matrix3 | null {
  const count = points.length;
  const [meanX, meanY] = points.reduce(([x, y], [px, py]) => [x + px / count, y + py / count], [0, 0]);
  const spread = points.reduce((sum, [x, y]) => sum + Math.hypot(x - meanX, y - meanY), 0) / count;
  if (!(spread > 1e-12)) return null;
  const scale = Math.SQRT2 / spread;
  return [scale, 0, -scale * meanX, 0, scale, -scale * meanY, 0, 0, 1];
}

const through = (m: Matrix3, [x, y]: readonly [number, number]): [number, number] => {
  const w = m[6] * x + m[7] * y + m[8];
  return [(m[0] * x + m[1] * y + m[2]) / w, (m[3] * x + m[4] * y + m[5]) / w];
};

/** Solves the square system `matrix` · x = `right` by Gaussian elimination with partial pivoting; null when singular. */
function solve(matrix: number[][], right: number[]): number[] | null {
  const size = right.length;
  const rows = matrix.map((row, index) => [...row, right[index] ?? 0]);
  const largest = Math.max(...rows.flat().map(Math.abs));
  for (let column = 0; column < size; column++) {
    let pivot = column;
    for (let row = column + 1; row < size; row++) if (Math.abs(rows[row]?.[column] ?? 0) > Math.abs(rows[pivot]?.[column] ?? 0)) pivot = row;
    const pivotRow = rows[pivot];
    if (!pivotRow || Math.abs(pivotRow[column] ?? 0) <= largest * 1e-12) return null;
    [rows[column], rows[pivot]] = [pivotRow, rows[column] ?? []];
    for (let row = column + 1; row < size; row++) {
      const target = rows[row] ?? [];
      const factor = (target[column] ?? 0) / (pivotRow[column] ?? 1);
      for (let k = column; k <= size; k++) target[k] = (target[k] ?? 0) - factor * (pivotRow[k] ?? 0);
    }
  }
  const solution = new Array<number>(size).fill(0);
  for (let row = size - 1; row >= 0; row--) {
    const current = rows[row] ?? [];
    let sum = current[size] ?? 0;
    for (let k = row + 1; k < size; k++) sum -= (current[k] ?? 0) * (solution[k] ?? 0);
    solution[row] = sum / (current[row] ?? 1);
  }
  return solution;
}

/** A projective transform, least squares (≥ 4 points, no three of them on one line). */
export function fitProjective(points: readonly ControlPoint[]): FitResult {
  const prepared = prepare(points, 4, 'projective');
  if ('ok' in prepared) return prepared;
  const { local, origin } = prepared;
  const fromImage = normaliser(points.map((point) => point.image));
  const fromLocal = normaliser(local);
  const degenerate: FitResult = { ok: false, reason: 'degenerate', message: 'Three or more control points lie on one line; add points around the diagram.' };
  if (!fromImage || !fromLocal) return degenerate;
  // Unknowns h0…h7 of H (h8 = 1); two equations a point, summed into the normal equations.
  const normal = Array.from({ length: 8 }, () => new Array<number>(8).fill(0));
  const right = new Array<number>(8).fill(0);
  points.forEach((point, index) => {
    const [u, v] = through(fromImage, point.image);
    const [x, y] = through(fromLocal, local[index] ?? [0, 0]);
    const equations: [number[], number][] = [
      [[u, v, 1, 0, 0, 0, -u * x, -v * x], x],
      [[0, 0, 0, u, v, 1, -u * y, -v * y], y],
    ];
    for (const [terms, value] of equations) {
      for (let row = 0; row < 8; row++) {
        const normalRow = normal[row] ?? [];
        for (let column = 0; column < 8; column++) normalRow[column] = (normalRow[column] ?? 0) + (terms[row] ?? 0) * (terms[column] ?? 0);
        right[row] = (right[row] ?? 0) + (terms[row] ?? 0) * value;
      }
    }
  });
  const solved = solve(normal, right);
  const back = invert3(fromLocal);
  if (!solved || !back) return degenerate;
  const homography = multiply3(multiply3(back, [...solved, 1] as Matrix3), fromImage);
  const scale = homography[8];
  if (Math.abs(scale) < 1e-15) return degenerate;
  const [a, b, c, d, e, f, g, h] = homography.map((value) => value / scale) as Matrix3;
  const transform: ImageTransform = { origin, matrix: [a, b, c, d, e, f], perspective: [g, h] };
  // With four points the fit is exact; with three on a line it can fold the image over: refuse that.
  const folded = points.some((point) => g * point.image[0] + h * point.image[1] + 1 <= 0);
  return folded ? degenerate : withResiduals(points, local, transform);
}
