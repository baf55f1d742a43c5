import { describe, expect, it } from 'vitest';
import { FACILITY_TYPES, VIOLATION_CATEGORIES } from '../../enums';
import { CATEGORY_LABELS, TYPE_LABELS, categoryOf, facilityStatusOf, facilityTypeOf, isoDateOf } from './vocabulary';

describe('vocabulary', () => {
  it.each(FACILITY_TYPES)('reads type %s back from its value and its NKPD label', (type) => {
    expect(facilityTypeOf(type)).toBe(type);
    expect(facilityTypeOf(TYPE_LABELS[type])).toBe(type);
  });

  it.each(VIOLATION_CATEGORIES)('reads category %s back from its label', (category) => {
    expect(categoryOf(CATEGORY_LABELS[category])).toBe(category);
  });

  it('reads Korean terms and NKPD wording', () => {
    expect(facilityTypeOf('구류장')).toBe('detention_centre');
    expect(facilityTypeOf('  detention   centre ')).toBe('detention_centre');
    expect(facilityStatusOf('Operative')).toBe('operative');
    expect(facilityStatusOf('폐쇄')).toBe('closed');
    expect(categoryOf('Forced labor')).toBe('forced_labour');
  });

  it('guesses nothing it does not know', () => {
    expect(facilityTypeOf('Prison')).toBeNull();
    expect(categoryOf('Cruelty')).toBeNull();
  });

  it('reads partial dates as spreadsheets write them', () => {
    expect(isoDateOf('2019')).toBe('2019');
    expect(isoDateOf('2019/1')).toBe('2019-01');
    expect(isoDateOf('2019.01.31.')).toBe('2019-01-31');
    expect(isoDateOf('2019-13')).toBeNull();
    expect(isoDateOf('January 2019')).toBeNull();
  });
});
