import { describe, expect, it } from 'vitest';
import { lastAnswer } from './lastAnswer';

describe('lastAnswer', () => {
  it('computes again only when an argument is another object than last time', () => {
    let calls = 0;
    const sum = lastAnswer((values: readonly number[], offset: number) => {
      calls += 1;
      return { total: values.reduce((a, b) => a + b, offset) };
    });
    const values = Object.freeze([1, 2, 3]);
    const first = sum(values, 1);
    expect(sum(values, 1)).toBe(first);
    expect(calls).toBe(1);
    expect(sum([1, 2, 3], 1)).toEqual(first);
    expect(calls).toBe(2);
    expect(sum(values, 2).total).toBe(8);
    expect(calls).toBe(3);
  });
});
