/**
 * Dataset load time in Node: the bundled dataset, and 10,000 SYNTHETIC facilities with 100,000 SYNTHETIC
 * violations checked against the real provinces (every point inside its stated province, so the loader's normal
 * path is timed, not its warnings), through the domain loader (structure, schema, cross-references, province
 * point-in-polygon), against JSON.parse of the same files in the same run, alternating. Prints medians, spread,
 * the ratio, and DESIGN's budgets. Then, in Debian's Chromium, the hand-over of the loaded 100,000 from the loader
 * worker to the page (pages/transfer, built by Vite): structured clone of the LoadResult, as the app sent it before,
 * against packRecords with its buffers transferred, as it does now, alternating: the worker's time to serialise, the
 * page thread's time to receive, the whole hand-over. Run: npx tsx scripts/bench/loadDataset.ts [runs] [--transfer]
 * (--transfer: the hand-over only)
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
import { buildBenchPage, launchOfflineBrowser, serveFiles, spread, watchOffsite } from './benchSupport';

const RUNS = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 7);
/** Only the hand-over from the worker to the page. */
const TRANSFER_ONLY = process.argv.includes('--transfer');
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

for (const { name, budgetMs, files } of TRANSFER_ONLY ? [] : cases) {
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

// The hand-over from the worker to the page, at 100,000 violations.
const large = cases[1];
if (!large) throw new Error('no large case');
const fileOf = (path: string) => large.files.find((file) => file.path === path)?.text ?? '';
const page = await serveFiles({
  ...(await buildBenchPage('transfer')),
  '/sources.json': ['application/json', fileOf('sources.json')],
  '/facilities.geojson': ['application/json', fileOf('facilities.geojson')],
  '/violations.geojson': ['application/json', fileOf('violations.geojson')],
});
const browser = await launchOfflineBrowser();
type Measured = { violations: number; receiveMs: number; handOverMs: number; serialiseMs: number; packMs?: number };
const measured: Record<'clone' | 'packed', Measured[]> = { clone: [], packed: [] };
try {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const offsite: string[] = [];
  watchOffsite(tab, offsite);
  await tab.goto(page.url);
  await tab.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
  await tab.evaluate("window.transfer('packed')"); // warm-up: the worker loads the dataset once
  for (let run = 0; run < RUNS; run += 1) {
    for (const mode of ['clone', 'packed'] as const) measured[mode].push((await tab.evaluate(`window.transfer('${mode}')`)) as Measured);
  }
  if (offsite.length > 0) throw new Error(`the page reached off this machine: ${offsite.join(', ')}`);
} finally {
  await browser.close();
  page.close();
}
console.log(`hand-over of ${measured.packed[0]?.violations.toLocaleString('en')} violations from the loader worker to the page (Chromium); runs: ${RUNS} each, alternating`);
const rows: [string, keyof Measured][] = [
  ['worker: serialise (packed: pack + post)', 'serialiseMs'],
  ['page thread: receive (read data, unpack)', 'receiveMs'],
  ['whole hand-over (post → records ready)', 'handOverMs'],
];
for (const [label, key] of rows) {
  const [before, after] = [spread(measured.clone.map((item) => item[key] ?? NaN)), spread(measured.packed.map((item) => item[key] ?? NaN))];
  console.log(`  ${label}:`);
  console.log(`    structured clone (before): ${before.text}`);
  console.log(`    packed (now):              ${after.text}`);
  console.log(`    ratio packed / clone: ${(after.median / before.median).toFixed(2)}x`);
}
console.log(`  of which packing in the worker: ${spread(measured.packed.map((item) => item.packMs ?? NaN)).text}`);
