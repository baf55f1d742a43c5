import { describe, expect, it } from 'vitest';
import { isCleanJson, MAX_JSON_DEPTH, scanJson } from './scanJson';

const nested = (levels: number, innermost: unknown = 1): unknown => {
  let value = innermost;
  for (let level = 0; level < levels; level += 1) value = [value];
  return value;
};

describe('scanJson', () => {
  it('finds nothing in clean values, and names every non-finite number in document order', () => {
    expect(scanJson({ a: [1, 'x', null, { b: true }] })).toEqual({ nonFinite: [], tooDeep: null });
    expect(scanJson({ geometry: { coordinates: [Infinity, 1, -Infinity] }, z: NaN }, '')).toEqual({ nonFinite: ['geometry.coordinates[0]', 'geometry.coordinates[2]', 'z'], tooDeep: null });
    expect(scanJson([Infinity], 'features[3]').nonFinite).toEqual(['features[3][0]']);
  });

  it('stops at the depth limit without overflowing the stack, however deep the value', () => {
    expect(scanJson(nested(MAX_JSON_DEPTH)).tooDeep).toBeNull();
    expect(scanJson(nested(MAX_JSON_DEPTH + 1)).tooDeep).toBe(`${'[0]'.repeat(MAX_JSON_DEPTH)}`);
    expect(isCleanJson(nested(1_000_000))).toBe(false);
    expect(scanJson(nested(1_000_000)).tooDeep).toMatch(/^\[0\]/);
  });

  it('walks 200,000 records', () => {
    const records = Array.from({ length: 200_000 }, (_, index) => ({ id: `SYNTHETIC-${index}`, at: [index, index] }));
    expect(isCleanJson(records)).toBe(true);
  });
});
