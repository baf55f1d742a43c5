/** 3×3 matrices in row order, for the homogeneous transforms of georeferencing. */
export type Matrix3 = [number, number, number, number, number, number, number, number, number];

export function multiply3(left: Matrix3, right: Matrix3): Matrix3 {
  const result = new Array<number>(9).fill(0) as Matrix3;
  for (let row = 0; row < 3; row++) {
    for (let column = 0; column < 3; column++) {
      let sum = 0;
      for (let k = 0; k < 3; k++) sum += (left[row * 3 + k] ?? 0) * (right[k * 3 + column] ?? 0);
      result[row * 3 + column] = sum;
    }
  }
  return result;
}

/** The inverse, or null when the matrix is (nearly) singular relative to its scale. */
export function invert3(m: Matrix3): Matrix3 | null {
  const [a, b, c, d, e, f, g, h, i] = m;
  const cofactors: Matrix3 = [e * i - f * h, c * h - b * i, b * f - c * e, f * g - d * i, a * i - c * g, c * d - a * f, d * h - e * g, b * g - a * h, a * e - b * d];
  const det = a * cofactors[0] + b * cofactors[3] + c * cofactors[6];
  const scale = Math.max(...m.map(Math.abs)) ** 3;
  if (!Number.isFinite(det) || Math.abs(det) <= scale * 1e-14) return null;
  return cofactors.map((value) => value / det) as Matrix3;
}
