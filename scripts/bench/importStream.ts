/**
 * The import's CSV reader on a large SYNTHETIC file generated as it is read (never whole in memory): throughput
 * against the floor of merely decoding the same bytes, in alternating runs, and the heap's growth while reading.
 * Run: node --expose-gc --import tsx scripts/bench/importStream.ts [megabytes] [runs]
 */
import { readCsv } from '../../src/domain/formats/csv/csvRows';
import { chunkDecoder } from '../../src/domain/formats/input/decodeText';
import { MEGABYTE, generatedCsv } from '../../tests/fixtures/largeCsv';
import { median } from './benchSupport';

const SIZE_MB = Number(process.argv[2] ?? 200);
const RUNS = Number(process.argv[3] ?? 2);
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

async function decodeOnly(): Promise<number> {
  const file = generatedCsv(SIZE_MB);
  const decode = chunkDecoder(file.name);
  const start = performance.now();
  for await (const chunk of file.chunks()) decode(chunk);
  decode(null);
  return performance.now() - start;
}

async function parse(): Promise<{ ms: number; rows: number; heapGrowthMb: number }> {
  const file = generatedCsv(SIZE_MB);
  collect();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  let rows = 0;
  const start = performance.now();
  await readCsv(file, {
    onRow: () => {
      rows += 1;
      if (rows % 50_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    },
  });
  return { ms: performance.now() - start, rows, heapGrowthMb: (peak - before) / MEGABYTE };
}

const baseline: number[] = [];
const reader: number[] = [];
const growth: number[] = [];
let rows = 0;
for (let run = 0; run < RUNS; run += 1) {
  baseline.push(await decodeOnly());
  const result = await parse();
  reader.push(result.ms);
  growth.push(result.heapGrowthMb);
  rows = result.rows;
}
const seconds = (ms: number) => (ms / 1000).toFixed(1);
console.log(`${SIZE_MB} MB, ${rows} rows, ${RUNS} runs`);
console.log(`decode only: median ${seconds(median(baseline))} s (${(SIZE_MB / (median(baseline) / 1000)).toFixed(1)} MB/s)`);
console.log(`readCsv:     median ${seconds(median(reader))} s (${(SIZE_MB / (median(reader) / 1000)).toFixed(1)} MB/s), ${(median(reader) / median(baseline)).toFixed(2)}x decode only`);
console.log(`heap growth while reading: ${growth.map((value) => `${value.toFixed(0)} MB`).join(', ')} (file ${SIZE_MB} MB${(globalThis as { gc?: unknown }).gc ? '' : '; run with --expose-gc for a clean baseline'})`);
