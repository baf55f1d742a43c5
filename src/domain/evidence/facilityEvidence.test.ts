import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { makeViolation } from '../../../tests/fixtures/violationFactory';
import { facilityEvidence, violationRow } from './facilityEvidence';

const VIOLATIONS = deepFreeze([
  makeViolation({ id: 'SYNTHETIC-1', facilityId: 'SYNTHETIC-f', category: 'death', date: { from: '1990', to: '1999', precision: 'decade' } },
    { rights: ['saengmyeonggweon', 'gonggae-ceohyeong'], perpetrator: ['jeongbugigwan'], decade: ['1990nyeondae'] }),
  makeViolation({ id: 'SYNTHETIC-2', facilityId: 'SYNTHETIC-f', category: 'death', date: { from: '2010', to: '2019', precision: 'decade' } }),
  makeViolation({ id: 'SYNTHETIC-3', facilityId: 'SYNTHETIC-f', category: 'torture', date: { precision: 'unknown' }, sources: [{ sourceId: 'SYNTHETIC-web', locator: 'https://example.org/page' }] }),
]);

describe('facilityEvidence', () => {
  const evidence = facilityEvidence(VIOLATIONS);
  it('counts by category in the contract order', () => {
    expect(evidence.byCategory).toEqual([
      { category: 'torture', count: 1 },
      { category: 'death', count: 2 },
    ]);
  });
  it('counts by decade with the empty decades between, and unknown dates apart', () => {
    expect(evidence.byDecade).toEqual([
      { decade: 1990, count: 1 },
      { decade: 2000, count: 0 },
      { decade: 2010, count: 1 },
    ]);
    expect(evidence.unknownDate).toBe(1);
    expect(evidence.total).toBe(3);
  });
  it('counts the sources cited, most cited first', () => {
    expect(evidence.sources).toEqual([
      { sourceId: 'SYNTHETIC-source', count: 2 },
      { sourceId: 'SYNTHETIC-web', count: 1 },
    ]);
  });
});

describe('violationRow', () => {
  it("gives NKDB's case number and labels, saying which English labels are our reading", () => {
    const row = violationRow(VIOLATIONS[0]!, 'en');
    expect(row.caseNumber).toBe('CASE-SYNTHETIC-1');
    expect(row.rights).toEqual([
      { code: 'saengmyeonggweon', text: 'Right to Life', ours: false },
      { code: 'gonggae-ceohyeong', text: 'Public execution', ours: true },
    ]);
    expect(row.perpetrators).toEqual([{ code: 'jeongbugigwan', text: 'Government Agency', ours: false }]);
    expect(row.decade).toBe(1990);
  });
  it('labels in Korean', () => {
    expect(violationRow(VIOLATIONS[0]!, 'ko').rights.map((label) => label.text)).toEqual(['생명권', '공개처형']);
  });
  it('takes no web address for a case number', () => {
    expect(violationRow(VIOLATIONS[2]!, 'en').caseNumber).toBeNull();
    expect(violationRow(VIOLATIONS[2]!, 'en').decade).toBeNull();
  });
});
