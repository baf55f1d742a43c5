/**
 * Dataset load time in Node: the bundled dataset, and 10,000 SYNTHETIC facilities checked against the real
 * provinces, through the domain loader (structure, schema, cross-references, province point-in-polygon), against
 * JSON.parse of the same files in the same run. Prints medians, the ratio, and DESIGN's budgets.
 * Run: npx tsx scripts/bench/loadDataset.ts [runs]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset, type RawFile } from '../../src/domain/loadDataset';
import { syntheticFacilitiesFile, syntheticFacilityFeatures, syntheticSourcesFile } from '../../tests/fixtures/syntheticDataset';
import { median } from './benchSupport';

const RUNS = Number(process.argv[2] ?? 7);
const DATA = 'data/geojson';
const dataFile = (path: string): RawFile => ({ path, text: readFileSync(join(DATA, path), 'utf8') });

const cases: { name: string; budgetMs: number; files: RawFile[] }[] = [
  { name: 'bundled dataset', budgetMs: 1000, files: ['facilities.geojson', 'sources.json', 'provinces.geojson'].map(dataFile) },
  {
    name: '10,000 SYNTHETIC facilities',
    budgetMs: 3000,
    files: [
      dataFile('provinces.geojson'),
      { path: 'sources.json', text: syntheticSourcesFile() },
      { path: 'facilities.geojson', text: syntheticFacilitiesFile(syntheticFacilityFeatures(10_000)) },
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
  const loadMedian = median(loadTimes);
  console.log(`${name}: ${dataset.facilities.length} facilities, ${problems.length} problems; runs: ${RUNS}`);
  console.log(`  JSON.parse:  median ${median(parseTimes).toFixed(0)} ms`);
  console.log(`  loadDataset: median ${loadMedian.toFixed(0)} ms  (${loadTimes.map((ms) => ms.toFixed(0)).join(', ')})`);
  console.log(`  ratio loadDataset / JSON.parse: ${(loadMedian / median(parseTimes)).toFixed(1)}x; budget < ${budgetMs} ms: ${loadMedian < budgetMs ? 'PASS' : 'OVER'}`);
}
