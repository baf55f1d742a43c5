import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { packRecords, packedTransfer, unpackRecords } from './packRecords';

describe('packRecords', () => {
  it('round-trips records exactly: nesting, key order, empty containers, undefined, numbers of every kind', () => {
    const records = deepFreeze({
      violations: [
        { id: 'SYNTHETIC-1', roomId: undefined, date: { from: '2019' }, location: null, sources: [{ sourceId: 'a', fields: {} }], ok: true },
        { id: 'SYNTHETIC-2', date: {}, location: [129.99, -42.5e-3], sources: [], ok: false, codes: [[], [[1, 2]]] },
      ],
      numbers: [0, -0, 1.5, -7, 2 ** 40, Number.MAX_VALUE, Number.MIN_VALUE],
      text: ['', 'é 온성 \u0000', 'a'],
    });
    const back = unpackRecords<typeof records>(packRecords(records));
    expect(back).toStrictEqual(records);
    expect(Object.keys(back.violations[0] ?? {})).toEqual(['id', 'roomId', 'date', 'location', 'sources', 'ok']);
    expect(Object.is(back.numbers[1], -0)).toBe(true);
  });

  it('stores each distinct string and each object shape once', () => {
    const records = Array.from({ length: 1000 }, (_, n) => ({ id: `SYNTHETIC-${n}`, category: n % 2 ? 'torture' : 'death', date: { from: '2019' } }));
    const packed = packRecords(records);
    expect(packed.strings.length).toBe(1000 + 3);
    expect(packed.shapes.length).toBe(2);
    expect(unpackRecords(packed)).toEqual(records);
  });

  it('round-trips bare values and a large array', () => {
    for (const value of [null, undefined, true, 3, 'x', [], {}]) expect(unpackRecords(packRecords(value))).toStrictEqual(value);
    const long = Array.from({ length: 100_000 }, (_, n) => n);
    expect(unpackRecords(packRecords(long))).toEqual(long);
  });

  it('refuses what is not a plain record value', () => {
    expect(() => packRecords({ when: new Date(0) })).toThrow(/Date/);
    expect(() => packRecords([new Map()])).toThrow(/Map/);
  });

  it('names the buffers to transfer', () => {
    const packed = packRecords([1, 'a']);
    expect(packedTransfer(packed)).toEqual([packed.structure.buffer, packed.numbers.buffer]);
  });
});
