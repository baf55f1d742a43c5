import { describe, expect, it } from 'vitest';
import { RESTRICTED_SOURCE_ID, everything, syntheticDataset } from '../../../../tests/fixtures/formatsFixtures';
import { EMPTY_FILTER } from '../../facilityFilter';
import { selectForExport } from './exportSelection';

describe('selectForExport', () => {
  it('leaves restricted records out of a public export and withholds references to restricted sources', () => {
    const selection = selectForExport(syntheticDataset(), everything());
    expect(selection.facilities.map((facility) => facility.id)).toEqual(['SYNTHETIC-facility', 'SYNTHETIC-camp', 'SYNTHETIC-unlocated', 'SYNTHETIC-mixed']);
    expect(selection.violations.map((violation) => violation.id)).toEqual(['SYNTHETIC-violation']);
    expect(selection.facilities.find((facility) => facility.id === 'SYNTHETIC-mixed')?.sources).toEqual([{ sourceId: 'SYNTHETIC-source' }, { sourceId: 'withheld-sources' }]);
    expect(selection.sources.map((source) => source.id)).toEqual(['SYNTHETIC-source', 'withheld-sources']);
    expect(selection.withheld).toEqual({ facilities: 1, violations: 1, sourceRefs: 1 });
    expect(JSON.stringify(selection)).not.toContain(RESTRICTED_SOURCE_ID);
  });

  it('treats a source the dataset does not hold as restricted', () => {
    const dataset = syntheticDataset();
    const missing = { ...dataset, sources: dataset.sources.filter((source) => source.id !== 'SYNTHETIC-source') };
    expect(selectForExport(missing, everything()).facilities).toEqual([]);
  });

  it('keeps everything in a restricted export', () => {
    const selection = selectForExport(syntheticDataset(), everything(true));
    expect([selection.facilities.length, selection.violations.length, selection.restricted]).toEqual([5, 2, true]);
  });

  it("follows the map's filter, and exports the violations of the facilities it shows", () => {
    const selection = selectForExport(syntheticDataset(), { filter: { ...EMPTY_FILTER, types: ['political_prison_camp'] }, contents: 'all', restricted: false });
    expect(selection.facilities.map((facility) => facility.id)).toEqual(['SYNTHETIC-camp']);
    expect(selection.violations).toEqual([]);
  });

  it('exports violations alone when asked', () => {
    const selection = selectForExport(syntheticDataset(), everything(false, 'violations'));
    expect([selection.facilities.length, selection.violations.length]).toEqual([0, 1]);
  });
});
