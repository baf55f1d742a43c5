import { describe, expect, it } from 'vitest';
import { importAndPreview } from '../../../../tests/fixtures/formatsFixtures';
import { applyChoicesFrom, applyCounts, displayValue, previewGroups, problemSummary } from './previewGroups';

const TEXT = [
  'id,name_en,type,latitude,longitude',
  'SYNTHETIC-new,SYNTHETIC new,office,41.75,129.25',
  'SYNTHETIC-camp,SYNTHETIC camp renamed,political_prison_camp,41.6,129.9',
  'SYNTHETIC-bad,SYNTHETIC bad,office,129.25,41.75',
].join('\n');

describe('the preview step', () => {
  it('groups records by what would happen, with each change as text and what happens by default', async () => {
    const { result, preview } = await importAndPreview('g.csv', TEXT, { publicImport: true });
    const groups = previewGroups(preview, result);
    expect(groups.map((group) => [group.status, group.entries.length])).toEqual([['added', 1], ['changed', 0], ['unchanged', 0], ['conflicting', 1]]);
    expect(groups[3]?.entries[0]).toEqual({
      id: 'SYNTHETIC-camp',
      where: 'row 3',
      label: 'SYNTHETIC camp renamed',
      differences: [{ field: 'name.en', held: 'SYNTHETIC camp "North", Ward 2', imported: 'SYNTHETIC camp renamed', kind: 'conflict' }],
      restrictedIntoPublic: false,
      byDefault: 'keep',
    });
    expect(groups[0]?.entries[0]?.byDefault).toBe('apply');
  });

  it('counts what applying does: conflicts only once chosen, nothing a restricted file may not change', async () => {
    const open = await importAndPreview('g.csv', TEXT, { publicImport: true });
    expect(applyCounts(open.preview, new Set())).toEqual({ added: 1, changed: 0, replaced: 0 });
    expect(applyCounts(open.preview, new Set(['SYNTHETIC-camp']))).toEqual({ added: 1, changed: 0, replaced: 1 });
    const restricted = await importAndPreview('g.csv', TEXT);
    expect(applyCounts(restricted.preview, new Set(['SYNTHETIC-camp']))).toEqual({ added: 1, changed: 0, replaced: 0 });
  });

  it('counts problems and lists them by row', async () => {
    const { result } = await importAndPreview('g.csv', TEXT);
    const summary = problemSummary(result.problems);
    expect([summary.errors, summary.warnings]).toEqual([1, 0]);
    expect(summary.byRow.map((row) => row.where)).toEqual(['row 4']);
  });

  it('turns the ticked conflicts into choices', () => {
    expect(applyChoicesFrom([])).toEqual({ replace: 'none' });
    expect(applyChoicesFrom(['a'])).toEqual({ replace: new Set(['a']) });
  });

  it('shows a point as latitude, longitude', () => {
    expect(displayValue([129.25, 41.75])).toBe('41.75, 129.25');
    expect(displayValue(undefined)).toBe('');
  });
});
