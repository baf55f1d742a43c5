import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../../../tests/fixtures/formatsFixtures';
import { textSource } from '../formatTypes';
import { inspectImport } from '../import/inspectImport';
import { mappingView, swapCoordinates, withColumn } from './mappingView';
import { previewRows } from './previewRows';

const TEXT = 'naam,Y,X,한글명\nSYNTHETIC A,129.25,41.75,합성 가\nSYNTHETIC B,129.5,41.5,\n';

describe('the mapping step', () => {
  it('lists each field with its column, whether it is required, and sample values; and what is missing', async () => {
    const inspection = await inspectImport(textSource('m.csv', TEXT), 'facilities');
    const view = mappingView('facilities', inspection, inspection.suggestion.mapping);
    expect(view.fields.find((field) => field.field === 'name.ko')).toEqual({ field: 'name.ko', required: false, column: '한글명', samples: ['합성 가'] });
    expect(view.missing).toEqual(['name.en']);
    expect(view.unusedColumns).toEqual(['naam']);
  });

  it('gives a column to one field at a time', () => {
    expect(withColumn({ 'name.en': 'naam', notes: 'x' }, 'notes', 'naam')).toEqual({ notes: 'naam' });
    expect(withColumn({ 'name.en': 'naam' }, 'name.en', null)).toEqual({});
  });

  it('swaps latitude and longitude in one step', () => {
    expect(swapCoordinates({ latitude: 'Y', longitude: 'X', 'name.en': 'naam' })).toEqual({ latitude: 'X', longitude: 'Y', 'name.en': 'naam' });
  });

  it('shows the first rows as the mapping makes them, and why a row would be left out', async () => {
    const inspection = await inspectImport(textSource('m.csv', TEXT), 'facilities');
    const mapping = withColumn(inspection.suggestion.mapping, 'name.en', 'naam');
    const before = previewRows('facilities', inspection, mapping, false, syntheticDataset(), false);
    expect(before.map((row) => [row.where, row.ok, row.problems.map((problem) => problem.code)])).toEqual([
      ['row 2', false, ['coordinate.swapped']],
      ['row 3', false, ['coordinate.swapped']],
    ]);
    const after = previewRows('facilities', inspection, swapCoordinates(mapping), false, syntheticDataset(), false);
    expect(after[0]).toMatchObject({ ok: true, values: { 'name.en': 'SYNTHETIC A', 'name.ko': '합성 가', type: 'other', location: '41.75, 129.25' } });
  });
});
