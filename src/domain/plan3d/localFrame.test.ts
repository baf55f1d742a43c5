import { describe, expect, it } from 'vitest';
import { PLAN_ORIGIN } from '../../../tests/fixtures/syntheticPlan';
import { localFrame, toLocal, toLonLat } from './localFrame';

const frame = localFrame(PLAN_ORIGIN);
const [LON, LAT] = PLAN_ORIGIN;

// WGS84 lengths computed independently of the frame: along a meridian (integrated) and along a parallel.
const A = 6_378_137;
const E2 = (1 / 298.257223563) * (2 - 1 / 298.257223563);
const RAD = Math.PI / 180;
function meridianArcM(fromLat: number, toLat: number): number {
  const steps = 1000;
  const h = ((toLat - fromLat) * RAD) / steps;
  const radius = (lat: number) => (A * (1 - E2)) / (1 - E2 * Math.sin(lat) ** 2) ** 1.5;
  let sum = radius(fromLat * RAD) + radius(toLat * RAD);
  for (let i = 1; i < steps; i++) sum += (i % 2 === 0 ? 2 : 4) * radius(fromLat * RAD + i * h);
  return (sum * h) / 3;
}
function parallelChordM(lat: number, lonSpan: number): number {
  const radius = (A * Math.cos(lat * RAD)) / Math.sqrt(1 - E2 * Math.sin(lat * RAD) ** 2);
  return 2 * radius * Math.sin((lonSpan * RAD) / 2);
}

describe('localFrame', () => {
  it('puts the origin at [0, 0]', () => {
    const [x, y] = toLocal(frame, PLAN_ORIGIN);
    expect(Math.abs(x) + Math.abs(y)).toBeLessThan(1e-9);
  });

  it('measures x towards the east and y towards the north', () => {
    const [x, y] = toLocal(frame, [LON + 0.001, LAT + 0.001]);
    expect(x).toBeGreaterThan(0);
    expect(y).toBeGreaterThan(0);
  });

  it('round-trips lon/lat → metres → lon/lat to within 1e-9° over 5 km', () => {
    for (const [dLon, dLat] of [[0.05, 0.04], [-0.06, 0.01], [0.03, -0.045], [-0.0001, -0.0002]] as const) {
      const lonLat: [number, number] = [LON + dLon, LAT + dLat];
      const [lon, lat] = toLonLat(frame, toLocal(frame, lonLat));
      expect(Math.abs(lon - lonLat[0])).toBeLessThan(1e-9);
      expect(Math.abs(lat - lonLat[1])).toBeLessThan(1e-9);
    }
  });

  it('round-trips metres → lon/lat → metres to within a millimetre over 5 km', () => {
    for (const point of [[4000, 3000], [-2500, 1200], [10, -4999], [0.5, 0.25]] as const) {
      const [x, y] = toLocal(frame, toLonLat(frame, [point[0], point[1]]));
      expect(Math.hypot(x - point[0], y - point[1])).toBeLessThan(1e-3);
    }
  });

  it('gives north-south lengths of the WGS84 meridian arc to within a centimetre at 3 km', () => {
    const [, y] = toLocal(frame, [LON, LAT + 0.027]);
    expect(Math.abs(y - meridianArcM(LAT, LAT + 0.027))).toBeLessThan(0.01);
  });

  it('gives east-west lengths 2 km north of the origin to within a centimetre (a fixed cos(latitude) is off by a metre)', () => {
    const west = toLocal(frame, [LON - 0.03, LAT + 0.02]);
    const east = toLocal(frame, [LON + 0.03, LAT + 0.02]);
    const length = Math.hypot(east[0] - west[0], east[1] - west[1]);
    expect(Math.abs(length - parallelChordM(LAT + 0.02, 0.06))).toBeLessThan(0.01);
  });
});
