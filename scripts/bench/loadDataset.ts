/**
 * Dataset load time in Node: the bundled dataset, and 10,000 SYNTHETIC facilities with 100,000 SYNTHETIC
 * violations checked against the real provinces (every point inside its stated province, so the loader's normal
 * path is timed, not its warnings), through the domain loader (structure, schema, cross-references, province
 * point-in-polygon), against JSON.parse of the same files in the same run, alternating. Prints medians, spread,
 * the ratio, and DESIGN's budgets. Run: npx tsx scripts/bench/loadDataset.ts [runs]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset, type RawFile } from '../../src/domain/loadDataset';
import {
  syntheticFacilitiesFile,
  syntheticFacilityFeatures,
  syntheticSourcesFile,
  syntheticViolationsFile,
  type ProvinceBoundaries,
} from '../../tests/fixtures/syntheticDataset';
import { spread } from './benchSupport';

const RUNS = Number(process.argv[2] ?? 7);
const DATA = 'data/geojson';
const dataFile = (path: string): RawFile => ({ path, text: readFileSync(join(DATA, path), 'utf8') });

const provinces = dataFile('provinces.geojson');
const synthetic = syntheticFacilityFeatures(10_000, JSON.parse(provinces.text) as ProvinceBoundaries);
const cases: { name: string; budgetMs: number; files: RawFile[] }[] = [
  { name: 'bundled dataset', budgetMs: 1000, files: ['facilities.geojson', 'sources.json', 'provinces.geojson', 'violations.geojson'].map(dataFile) },
  {
    name: '10,000 SYNTHETIC facilities, 100,000 SYNTHETIC violations',
    budgetMs: 3000,
    files: [
      provinces,
      { path: 'sources.json', text: syntheticSourcesFile() },
      { path: 'facilities.geojson', text: syntheticFacilitiesFile(synthetic) },
      { path: 'violations.geojson', text: syntheticViolationsFile(synthetic, 100_000) },
    ],
  },
];

function time(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

for (const { name, budgetMs, files } of cases) {
  const parse = () => files.map((file) => JSON.parse(file.text) as unknown);
  const load = () => loadDataset(files);
  // One warm-up each, then alternate so drift hits both alike.
  parse();
  const { dataset, problems } = load();
  const parseTimes: number[] = [];
  const loadTimes: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    parseTimes.push(time(parse));
    loadTimes.push(time(load));
  }
  const [parseMedian, loadMedian] = [spread(parseTimes), spread(loadTimes)];
  console.log(`${name}: ${dataset.facilities.length} facilities, ${dataset.violations.length} violations, ${problems.length} problems; runs: ${RUNS} each, alternating`);
  console.log(`  JSON.parse (baseline): ${parseMedian.text}`);
  console.log(`  loadDataset:           ${loadMedian.text}`);
  console.log(`  ratio loadDataset / JSON.parse: ${(loadMedian.median / parseMedian.median).toFixed(1)}x; budget < ${budgetMs} ms: ${loadMedian.median < budgetMs ? 'PASS' : 'OVER'}`);
}
