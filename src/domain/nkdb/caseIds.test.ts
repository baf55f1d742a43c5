import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { assignCaseIds } from './caseIds';

// SYNTHETIC case numbers in NKDB's pattern (the "S" series does not exist in NKDB's data).
describe('violation ids from NKDB case numbers', () => {
  it('keeps a case number as the id and the locator', () => {
    expect(assignCaseIds(deepFreeze(['E00-S-0001']))).toEqual([{ id: 'nkdb-E00-S-0001', locator: 'E00-S-0001', issues: [] }]);
  });

  it('numbers the repeats of a case number in order, and lists every record using it', () => {
    const ids = assignCaseIds(deepFreeze(['E00-S-0001', 'E00-S-0002', 'E00-S-0001', 'E00-S-0001']));
    expect(ids.map((caseId) => caseId.id)).toEqual(['nkdb-E00-S-0001', 'nkdb-E00-S-0002', 'nkdb-E00-S-0001-2', 'nkdb-E00-S-0001-3']);
    expect(ids.map((caseId) => caseId.issues)).toEqual([['duplicate'], [], ['duplicate'], ['duplicate']]);
  });

  it('gives an empty case id an id of its own, without a locator', () => {
    expect(assignCaseIds(deepFreeze(['', ' ']))).toEqual([
      { id: 'nkdb-no-case', locator: undefined, issues: ['empty'] },
      { id: 'nkdb-no-case-2', locator: undefined, issues: ['empty'] },
    ]);
  });

  it('joins several case numbers of one record, one per line in the capture', () => {
    expect(assignCaseIds(deepFreeze(['E00-S-0003\nE00-S-0004\r\nE00-S-0005']))).toEqual([
      { id: 'nkdb-E00-S-0003_E00-S-0004_E00-S-0005', locator: 'E00-S-0003, E00-S-0004, E00-S-0005', issues: ['several'] },
    ]);
  });

  it('keeps a case number that breaks the pattern as written, flagged, with unsafe characters out of the id', () => {
    expect(assignCaseIds(deepFreeze(['E00-1-0006', 'E00 S/7']))).toEqual([
      { id: 'nkdb-E00-1-0006', locator: 'E00-1-0006', issues: ['irregular'] },
      { id: 'nkdb-E00_S_7', locator: 'E00 S/7', issues: ['irregular'] },
    ]);
  });

  it('never gives two records one id, even when a case number looks like a numbered repeat', () => {
    const ids = assignCaseIds(deepFreeze(['E00-S-0008', 'E00-S-0008', 'E00-S-0008-2']));
    expect(new Set(ids.map((caseId) => caseId.id)).size).toBe(3);
  });
});
