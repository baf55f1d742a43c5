import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { makeViolation } from '../../../tests/fixtures/violationFactory';
import { countEvidence, facilityCount } from './evidenceCounts';
import { EMPTY_EVIDENCE, activeEvidenceParts, isEmptyEvidence, type EvidenceFilter } from './evidenceFilter';
import { buildEvidenceIndex, evidenceIndexFor, violationsOf } from './evidenceIndex';
import { decadeOf } from './violationDecade';

const LIBERTY = 'gaeinyi-joneomseong-mic-jayugweon';
const LIFE = 'saengmyeonggweon';
const GOVERNMENT = 'jeongbugigwan';
const INDIVIDUAL = 'gaein';

const VIOLATIONS = deepFreeze([
  makeViolation({ id: 'SYNTHETIC-a1', facilityId: 'SYNTHETIC-a', category: 'arbitrary_detention', date: { from: '1990', to: '1999', precision: 'decade' } },
    { rights: [LIBERTY, 'bulbeobgugeum'], perpetrator: [GOVERNMENT, 'gundae'] }),
  makeViolation({ id: 'SYNTHETIC-a2', facilityId: 'SYNTHETIC-a', category: 'death', date: { from: '2000', to: '2009', precision: 'decade' } },
    { rights: ['gonggae-ceohyeong'], perpetrator: [INDIVIDUAL] }),
  makeViolation({ id: 'SYNTHETIC-b1', facilityId: 'SYNTHETIC-b', category: 'death', date: { from: '2003-05' } }, { rights: [LIFE], perpetrator: [GOVERNMENT] }),
  makeViolation({ id: 'SYNTHETIC-a3', facilityId: 'SYNTHETIC-a', category: 'other', date: { precision: 'unknown' } }),
  makeViolation({ id: 'SYNTHETIC-c1', facilityId: 'SYNTHETIC-c', category: 'torture', date: { from: '1970', to: '1979', precision: 'decade' } }),
]);

const filter = (parts: Partial<EvidenceFilter>): EvidenceFilter => ({ ...EMPTY_EVIDENCE, ...parts });

describe('decadeOf', () => {
  it('places a date in the decade it starts in', () => {
    expect(decadeOf({ from: '1990', to: '1999', precision: 'decade' })).toBe(1990);
    expect(decadeOf({ from: '2019-01' })).toBe(2010);
    expect(decadeOf({ from: '1998', to: '2004' })).toBe(1990);
  });
  it('gives no decade to an unknown date or a range with only an end', () => {
    expect(decadeOf({ precision: 'unknown' })).toBeNull();
    expect(decadeOf({ to: '1949', precision: 'year' })).toBeNull();
  });
});

describe('the evidence index', () => {
  const index = buildEvidenceIndex(VIOLATIONS);
  it('groups the violations by facility in data order', () => {
    expect(violationsOf(index, 'SYNTHETIC-a').map((violation) => violation.id)).toEqual(['SYNTHETIC-a1', 'SYNTHETIC-a2', 'SYNTHETIC-a3']);
    expect(violationsOf(index, 'SYNTHETIC-b').map((violation) => violation.id)).toEqual(['SYNTHETIC-b1']);
    expect(violationsOf(index, 'SYNTHETIC-none')).toEqual([]);
  });
  it('lists the decades that occur', () => expect(index.decades).toEqual([1970, 1990, 2000]));
  it('is built once per violations array', () => expect(evidenceIndexFor(VIOLATIONS)).toBe(evidenceIndexFor(VIOLATIONS)));
});

describe('countEvidence', () => {
  const index = buildEvidenceIndex(VIOLATIONS);
  it('counts every violation when no filter is set, unknown dates apart', () => {
    const counts = countEvidence(index, EMPTY_EVIDENCE);
    expect(counts.total).toBe(5);
    expect(counts.unknownDate).toBe(1);
    expect(counts.byDecade).toEqual([
      { decade: 1970, count: 1 },
      { decade: 1980, count: 0 },
      { decade: 1990, count: 1 },
      { decade: 2000, count: 2 },
    ]);
    expect(facilityCount(index, counts, 'SYNTHETIC-a')).toBe(3);
    expect(facilityCount(index, counts, 'SYNTHETIC-none')).toBe(0);
  });
  it('keeps a decade range to dated violations in it, and the histogram whole', () => {
    const counts = countEvidence(index, filter({ decades: { from: 2000, to: 2000 } }));
    expect(counts.total).toBe(2);
    expect(facilityCount(index, counts, 'SYNTHETIC-a')).toBe(1);
    expect(facilityCount(index, counts, 'SYNTHETIC-c')).toBe(0);
    expect(counts.byDecade.map((bin) => bin.count)).toEqual([1, 0, 1, 2]);
    expect(counts.unknownDate).toBe(1);
  });
  it('counts a sub-code under its top-level right, and a category facet without narrowing itself', () => {
    const counts = countEvidence(index, filter({ rights: [LIFE] }));
    expect(counts.total).toBe(2);
    expect(counts.byRights.get(LIFE)).toBe(2);
    expect(counts.byRights.get(LIBERTY)).toBe(1);
    expect(counts.byCategory.get('death')).toBe(2);
    expect(counts.byCategory.get('torture')).toBeUndefined();
  });
  it('combines the filters: a category and a perpetrator type', () => {
    const counts = countEvidence(index, filter({ categories: ['death'], perpetrators: [GOVERNMENT] }));
    expect(counts.total).toBe(1);
    expect(facilityCount(index, counts, 'SYNTHETIC-b')).toBe(1);
    expect(counts.byPerpetrator.get(INDIVIDUAL)).toBe(1);
    expect(counts.byCategory.get('arbitrary_detention')).toBe(1);
  });
  it('counts only the facilities the facility filters leave', () => {
    const counts = countEvidence(index, EMPTY_EVIDENCE, ['SYNTHETIC-b', 'SYNTHETIC-none']);
    expect(counts.total).toBe(1);
    expect(counts.byCategory).toEqual(new Map([['death', 1]]));
  });
  it('tells an empty filter from a set one', () => {
    expect(isEmptyEvidence(EMPTY_EVIDENCE)).toBe(true);
    expect(isEmptyEvidence(filter({ decades: { from: 1990, to: 2000 } }))).toBe(false);
    expect(activeEvidenceParts(filter({ categories: ['death'], decades: { from: 1990, to: 2000 } }))).toBe(2);
  });
  // Its speed is measured by scripts/bench/evidenceCount.ts, not by a timed test.
  it('counts 100,000 violations over 10,000 facilities', () => {
    const many = Array.from({ length: 100_000 }, (_, position) =>
      makeViolation({ id: `SYNTHETIC-${position}`, facilityId: `SYNTHETIC-f${position % 10_000}`, category: 'death', date: { from: String(1950 + (position % 80)) } }, { rights: [LIFE], perpetrator: [GOVERNMENT] }),
    );
    const big = buildEvidenceIndex(many);
    const counts = countEvidence(big, filter({ decades: { from: 2000, to: 2000 }, rights: [LIFE] }));
    expect(counts.total).toBe(12_500);
    // f50's ten violations all fall in 2000 (position % 80 is 50 for each); f0's all in 1950.
    expect(facilityCount(big, counts, 'SYNTHETIC-f50')).toBe(10);
    expect(facilityCount(big, counts, 'SYNTHETIC-f0')).toBe(0);
  });
});
