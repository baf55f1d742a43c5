import { describe, expect, it } from 'vitest';
import { datePrecisionOf, decadeRange, precisionMismatch } from './dates';

describe('date precision', () => {
  it.each([
    [{}, 'unknown'],
    [{ from: '2019' }, 'year'],
    [{ from: '2019-01', to: '2019-03-02' }, 'month'],
    [{ to: '2019-01-31' }, 'day'],
    [{ from: '1990', to: '1999', precision: 'decade' as const }, 'decade'],
  ])('of %j is %s', (range, expected) => {
    expect(datePrecisionOf(range)).toBe(expected);
  });

  it('turns a decade into its ten years', () => {
    expect(decadeRange(1990)).toEqual({ from: '1990', to: '1999', precision: 'decade' });
    expect(precisionMismatch(decadeRange(2000))).toBeNull();
  });
});
