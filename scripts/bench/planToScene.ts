/**
 * Plan → scene time for a 500-room SYNTHETIC plan (one corridor and 499 barred cells, so the corridor's wall is cut
 * by 998 openings), against its absolute budget (p90 < 100 ms): there is no comparable baseline work. Node only;
 * prints median, p90 and spread. Run: npx tsx scripts/bench/planToScene.ts [runs]
 */
import { planToScene } from '../../src/domain/plan3d/planToScene';
import type { PlanScene } from '../../src/domain/plan3d/sceneTypes';
import { planFacility, rowPlan } from '../../tests/fixtures/syntheticPlan';
import { spread } from './benchSupport';

const RUNS = Number(process.argv[2] ?? 30);
const WARM_UP = 5;
const BUDGET_MS = 100;

// rowPlan adds the corridor to its cells: 499 + 1 = 500 rooms.
const plan = rowPlan({ rooms: 499, barredFronts: true, buildingLevels: 1, buildingHeightM: 3 });
const facility = planFacility();

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN;
}

// Warm up so the JIT has compiled it before the timed runs.
let scene: PlanScene = planToScene(plan, facility);
for (let run = 0; run < WARM_UP; run += 1) planToScene(plan, facility);
const times: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  const start = performance.now();
  scene = planToScene(plan, facility);
  times.push(performance.now() - start);
}

const p90 = quantile(times, 0.9);
console.log(`plan: ${scene.rooms.length} rooms, ${scene.walls.length} wall segments, ${scene.openings.length} openings, ${scene.fixtures.length} fixtures; runs: ${RUNS} after ${WARM_UP} warm-up`);
console.log(`planToScene(plan, facility): ${spread(times, 'ms', 1).text.replace(/ \(.*\)$/, '')}, p90 ${p90.toFixed(1)} ms`);
console.log(`budget p90 < ${BUDGET_MS} ms: ${p90 < BUDGET_MS ? 'PASS' : 'OVER'} (no baseline: an absolute budget)`);
