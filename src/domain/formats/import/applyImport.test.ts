import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../../tests/fixtures/deepFreeze';
import { importAndPreview, syntheticDataset } from '../../../../tests/fixtures/formatsFixtures';
import { facilityFeature } from '../../register/facilityFeature';
import { applyImport, type DatasetDocuments } from './applyImport';

function documents(): DatasetDocuments {
  const dataset = syntheticDataset();
  return deepFreeze({
    features: dataset.facilities.map((facility) => facilityFeature(facility) as unknown as DatasetDocuments['features'][number]),
    sources: dataset.sources.map((source) => ({ ...source })),
  });
}

const TEXT = [
  'id,name_en,name_ko,type,latitude,longitude',
  'SYNTHETIC-new,SYNTHETIC new,,office,41.75,129.25',
  'SYNTHETIC-unlocated,SYNTHETIC holding centre,합성 집결소,holding_centre,41.9,128.5',
  'SYNTHETIC-camp,SYNTHETIC camp renamed,,political_prison_camp,41.6,129.9',
].join('\n');

describe('applyImport', () => {
  it('adds new records, fills what held records lack, keeps conflicts, and adds the file as a source', async () => {
    const { result, preview } = await importAndPreview('a.csv', TEXT, { publicImport: true });
    const applied = applyImport(documents(), result, preview);
    expect([applied.added, applied.changed, applied.replaced, applied.kept]).toEqual([['SYNTHETIC-new'], ['SYNTHETIC-unlocated'], [], [{ id: 'SYNTHETIC-camp', reason: 'conflict' }]]);
    const filled = applied.features.find((feature) => feature.properties.id === 'SYNTHETIC-unlocated');
    expect(filled?.geometry).toEqual({ type: 'Point', coordinates: [128.5, 41.9] });
    expect(filled?.properties).toMatchObject({ name: { en: 'SYNTHETIC holding centre', ko: '합성 집결소' }, precision: 'approximate' });
    expect((filled?.properties.sources as { sourceId: string }[]).map((ref) => ref.sourceId)).toEqual(['SYNTHETIC-source', result.source.id]);
    expect(applied.features.find((feature) => feature.properties.id === 'SYNTHETIC-camp')?.properties.name).toEqual({ en: 'SYNTHETIC camp "North", Ward 2', ko: '합성 관리소' });
    expect(applied.sources.map((source) => source.id)).toEqual(['SYNTHETIC-source', 'SYNTHETIC-testimony', result.source.id]);
  });

  it('replaces a conflicting record only when chosen, and the facility\'s notes say what was replaced', async () => {
    const { result, preview } = await importAndPreview('a.csv', TEXT, { publicImport: true });
    const applied = applyImport(documents(), result, preview, { replace: new Set(['SYNTHETIC-camp']) });
    const camp = applied.features.find((feature) => feature.properties.id === 'SYNTHETIC-camp');
    expect(applied.replaced).toEqual(['SYNTHETIC-camp']);
    expect(camp?.properties.name).toEqual({ en: 'SYNTHETIC camp renamed', ko: '합성 관리소' });
    expect(camp?.properties.notes).toEqual([`Replaced from a.csv (row 4, source ${result.source.id}): name.en "SYNTHETIC camp \\"North\\", Ward 2" → "SYNTHETIC camp renamed".`]);
  });

  it('lets a restricted file add records but change no published one', async () => {
    const { result, preview } = await importAndPreview('a.csv', TEXT);
    const applied = applyImport(documents(), result, preview, { replace: 'all' });
    expect(applied.added).toEqual(['SYNTHETIC-new']);
    expect(applied.kept).toEqual([
      { id: 'SYNTHETIC-unlocated', reason: 'restrictedIntoPublic' },
      { id: 'SYNTHETIC-camp', reason: 'restrictedIntoPublic' },
    ]);
  });

  it('writes nothing and adds no source when nothing applies', async () => {
    const { result, preview } = await importAndPreview('a.csv', 'id,name_en,type,latitude,longitude\nSYNTHETIC-camp,"SYNTHETIC camp ""North"", Ward 2",political_prison_camp,41.6,129.9');
    const before = documents();
    const applied = applyImport(before, result, preview);
    expect(applied.features).toEqual(before.features);
    expect(applied.sources).toEqual(before.sources);
  });
});
