import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../../tests/fixtures/deepFreeze';
import { makeFacility } from '../../../../tests/fixtures/facilityFactory';
import { makeViolation } from '../../../../tests/fixtures/violationFactory';
import { countEvidence } from '../../evidence/evidenceCounts';
import { EMPTY_EVIDENCE, type EvidenceFilter } from '../../evidence/evidenceFilter';
import { evidenceIndexFor } from '../../evidence/evidenceIndex';
import { EMPTY_FILTER } from '../../facilityFilter';
import type { Dataset } from '../../types';
import { exportDataset } from './exportFile';
import { selectForExport } from './exportSelection';
import { filterLine } from './filterLine';

const LIFE = 'saengmyeonggweon';
const GOVERNMENT = 'jeongbugigwan';
const INDIVIDUAL = 'gaein';

const DATASET: Dataset = deepFreeze({
  facilities: [makeFacility({ id: 'SYNTHETIC-a' }), makeFacility({ id: 'SYNTHETIC-b', type: 'political_prison_camp' }), makeFacility({ id: 'SYNTHETIC-c' })],
  violations: [
    makeViolation({ id: 'SYNTHETIC-a1', facilityId: 'SYNTHETIC-a', category: 'arbitrary_detention', date: { from: '1990', to: '1999', precision: 'decade' } }, { rights: [LIFE], perpetrator: [GOVERNMENT] }),
    makeViolation({ id: 'SYNTHETIC-a2', facilityId: 'SYNTHETIC-a', category: 'death', date: { from: '2000', to: '2009', precision: 'decade' } }, { perpetrator: [INDIVIDUAL] }),
    makeViolation({ id: 'SYNTHETIC-b1', facilityId: 'SYNTHETIC-b', category: 'death', date: { from: '2003-05' } }, { rights: [LIFE], perpetrator: [GOVERNMENT] }),
    makeViolation({ id: 'SYNTHETIC-a3', facilityId: 'SYNTHETIC-a', category: 'death', date: { precision: 'unknown' } }),
    makeViolation({ id: 'SYNTHETIC-c1', facilityId: 'SYNTHETIC-c', category: 'torture', date: { from: '1970', to: '1979', precision: 'decade' } }),
  ],
  sources: [],
  provinces: [],
  plans: [],
});

const request = (evidence: Partial<EvidenceFilter>, filter = EMPTY_FILTER) => ({ filter, evidence: { ...EMPTY_EVIDENCE, ...evidence }, contents: 'all' as const, restricted: true });
const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);

describe("the map's export follows the violation filters", () => {
  it('keeps the facilities with a violation that passes, and of their violations only those that pass', () => {
    const selection = selectForExport(DATASET, request({ categories: ['death'], decades: { from: 2000, to: 2000 } }));
    expect(ids(selection.facilities)).toEqual(['SYNTHETIC-a', 'SYNTHETIC-b']);
    expect(ids(selection.violations)).toEqual(['SYNTHETIC-a2', 'SYNTHETIC-b1']);
  });

  it('filters by NKDB right and perpetrator, under the facility filters', () => {
    expect(ids(selectForExport(DATASET, request({ rights: [LIFE] })).violations)).toEqual(['SYNTHETIC-a1', 'SYNTHETIC-b1']);
    expect(ids(selectForExport(DATASET, request({ perpetrators: [INDIVIDUAL] })).facilities)).toEqual(['SYNTHETIC-a']);
    const camps = selectForExport(DATASET, request({ rights: [LIFE] }, { ...EMPTY_FILTER, types: ['political_prison_camp'] }));
    expect([ids(camps.facilities), ids(camps.violations)]).toEqual([['SYNTHETIC-b'], ['SYNTHETIC-b1']]);
  });

  it('holds exactly the violations the map counts, for any filter', () => {
    const filters: Partial<EvidenceFilter>[] = [{ categories: ['death'] }, { decades: { from: 1970, to: 1990 } }, { rights: [LIFE], perpetrators: [GOVERNMENT] }, { categories: ['torture'], decades: { from: 2000, to: 2000 } }];
    for (const evidence of filters) {
      const counts = countEvidence(evidenceIndexFor(DATASET.violations), { ...EMPTY_EVIDENCE, ...evidence });
      expect(selectForExport(DATASET, request(evidence)).violations.length).toBe(counts.total);
    }
  });

  it('exports every violation of the shown facilities when no violation filter is set', () => {
    expect(selectForExport(DATASET, request({})).violations.length).toBe(5);
  });

  it('says in the file which filters made it, on every row', () => {
    const file = exportDataset(DATASET, 'csv', request({ categories: ['death'], decades: { from: 2000, to: 2010 } }, { ...EMPTY_FILTER, text: 'SYNTHETIC-a' }), { exportedAt: '2026-10-02T09:00:00.000Z' });
    const line = 'Filters: search: "SYNTHETIC-a"; violation category: death; decades: 2000s–2010s (violations with an unknown date left out).';
    expect(file.lines.attribution.some((text) => text.startsWith(line))).toBe(true);
    expect(file.selection.violations.length).toBeGreaterThan(0);
    expect(file.text.split('\n').filter((row) => row.includes('Filters: search')).length).toBe(file.selection.facilities.length + file.selection.violations.length);
  });

  it('says nothing of filters when none was set', () => {
    expect(filterLine(EMPTY_FILTER, EMPTY_EVIDENCE)).toBeNull();
    expect(filterLine({ ...EMPTY_FILTER, types: ['office'], provinces: ['Ryanggang'] })).toBe('Filters: type: office; province: Ryanggang.');
  });
});
