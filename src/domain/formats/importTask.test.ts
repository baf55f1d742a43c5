import { describe, expect, it } from 'vitest';
import { generatedCsv } from '../../../tests/fixtures/largeCsv';
import { syntheticDataset } from '../../../tests/fixtures/formatsFixtures';
import { textSource } from './formatTypes';
import { runImportTask, type ImportTaskReply } from './importTask';

describe('runImportTask', () => {
  it('answers an inspection', async () => {
    const replies: ImportTaskReply[] = [];
    await runImportTask(textSource('t.csv', 'name,lat,lon\nSYNTHETIC,41.7,129.2\n'), { type: 'inspect', kind: 'facilities' }, (reply) => replies.push(reply));
    expect(replies.map((reply) => reply.type)).toEqual(['inspected']);
  });

  it('sends progress while importing (at most every 100 ms, and the end of each step), then the result and its preview', async () => {
    const replies: ImportTaskReply[] = [];
    let clock = 0;
    const task = { type: 'import', kind: 'facilities', mapping: { 'name.en': 'name', latitude: 'latitude', longitude: 'longitude' }, contract: false, existing: syntheticDataset(), publicImport: false, importedAt: '2026-10-02T09:00:00Z' } as const;
    await runImportTask(generatedCsv(3), task, (reply) => replies.push(reply), () => (clock += 40));
    const progress = replies.filter((reply) => reply.type === 'progress').map((reply) => reply.progress);
    expect(progress.length).toBeGreaterThan(3);
    expect(new Set(progress.map((step) => step.phase))).toEqual(new Set(['hash', 'read', 'check']));
    const last = replies.at(-1);
    expect(last?.type).toBe('imported');
    if (last?.type === 'imported') expect(last.preview.counts.added).toBe(last.result.records.length);
  }, 60_000);
});
