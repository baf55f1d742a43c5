import { getRandomValues } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { randomHex } from './randomHex';

describe('randomHex', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives exactly the digits asked for, odd counts included', () => {
    expect(randomHex(12)).toMatch(/^[0-9a-f]{12}$/);
    expect(randomHex(7)).toMatch(/^[0-9a-f]{7}$/);
  });

  it('does not repeat itself', () => {
    expect(new Set(Array.from({ length: 1000 }, () => randomHex(12))).size).toBe(1000);
  });

  it('needs only getRandomValues, which contexts without randomUUID still have', () => {
    vi.stubGlobal('crypto', { getRandomValues: (array: Uint8Array) => getRandomValues(array) });
    expect(randomHex(32)).toMatch(/^[0-9a-f]{32}$/);
  });
});
