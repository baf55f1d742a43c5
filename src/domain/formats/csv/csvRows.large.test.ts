/**
 * A large CSV streams: rows come out while the file is still being read, the reader never runs more than a few
 * chunks ahead of the rows it has handed out (memory bounded by the chunk size, not the file size), and progress
 * is reported along the way. 24 MB here keeps the test quick; scripts/bench/importStream.ts reads 200 MB.
 */
import { describe, expect, it } from 'vitest';
import { MEGABYTE, generatedCsv } from '../../../../tests/fixtures/largeCsv';
import { readCsv } from './csvRows';

describe('readCsv on a large file', () => {
  it('streams it with bounded look-ahead and reports progress to the end', async () => {
    const file = generatedCsv(24);
    let rows = 0;
    let furthestAhead = 0;
    const progress: number[] = [];
    const result = await readCsv(file, {
      onRow: () => {
        rows += 1;
        furthestAhead = Math.max(furthestAhead, file.rowsProduced - rows);
      },
      onProgress: (done) => progress.push(done),
    });
    expect(result.problems).toEqual([]);
    expect(rows).toBe(file.rowsProduced);
    const rowsPerChunk = rows / 24;
    expect(furthestAhead).toBeLessThan(3 * rowsPerChunk);
    expect(progress.length).toBeGreaterThan(20);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBeGreaterThanOrEqual(24 * MEGABYTE);
  }, 120_000);
});
