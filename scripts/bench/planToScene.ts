/**
 * Plan → scene time for a 500-room SYNTHETIC plan (one corridor and 499 barred cells, so the corridor's wall is cut
 * by 998 openings), against a reference pass over the same plan in the same run: @turf/turf's geodesic `area` of
 * every room polygon, i.e. touching each room's coordinates once. Node only; prints median and p90, the budget
 * (< 100 ms) and the ratio. Run: npx tsx scripts/bench/planToScene.ts [runs]
 */
import { area } from '@turf/turf';
import { planToScene } from '../../src/domain/plan3d/planToScene';
import type { PlanScene } from '../../src/domain/plan3d/sceneTypes';
import { planFacility, rowPlan } from '../../tests/fixtures/syntheticPlan';

const RUNS = Number(process.argv[2] ?? 30);
const WARM_UP = 5;
const BUDGET_MS = 100;

// rowPlan adds the corridor to its cells: 499 + 1 = 500 rooms.
const plan = rowPlan({ rooms: 499, barredFronts: true, buildingLevels: 1, buildingHeightM: 3 });
const facility = planFacility();
const roomPolygons = plan.features.filter((feature) => feature.kind === 'room').map((feature) => feature.geometry);

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN;
}

function time<T>(work: () => T): [number, T] {
  const start = performance.now();
  const result = work();
  return [performance.now() - start, result];
}

function referencePass(): number {
  let total = 0;
  for (const polygon of roomPolygons) total += area(polygon);
  return total;
}

// Warm up both so the JIT has compiled them before the timed runs; alternate so drift hits both alike.
let scene: PlanScene = planToScene(plan, facility);
for (let run = 0; run < WARM_UP; run += 1) {
  referencePass();
  planToScene(plan, facility);
}
const sceneTimes: number[] = [];
const referenceTimes: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  referenceTimes.push(time(referencePass)[0]);
  const [ms, built] = time(() => planToScene(plan, facility));
  sceneTimes.push(ms);
  scene = built;
}

const median = quantile(sceneTimes, 0.5);
const p90 = quantile(sceneTimes, 0.9);
const referenceMedian = quantile(referenceTimes, 0.5);
console.log(`plan: ${scene.rooms.length} rooms, ${scene.walls.length} wall segments, ${scene.openings.length} openings, ${scene.fixtures.length} fixtures; runs: ${RUNS} after ${WARM_UP} warm-up`);
console.log(`turf area of every room:  median ${referenceMedian.toFixed(2)} ms  p90 ${quantile(referenceTimes, 0.9).toFixed(2)} ms`);
console.log(`planToScene(plan, facility): median ${median.toFixed(2)} ms  p90 ${p90.toFixed(2)} ms`);
console.log(`ratio planToScene / turf area: ${(median / referenceMedian).toFixed(1)}x`);
console.log(`budget < ${BUDGET_MS} ms (p90): ${p90 < BUDGET_MS ? 'PASS' : 'OVER'}`);
