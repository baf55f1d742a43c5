import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { facilityIdResolver, KNOWN_MERGES } from './facilityIds';

describe('the facility a candidate names, after the register import merged records', () => {
  it('is the facility itself while it exists', () => {
    expect(facilityIdResolver(deepFreeze([{ id: 'SYNTHETIC-a' }]))('SYNTHETIC-a')).toBe('SYNTHETIC-a');
  });

  it('is the survivor a merge note names', () => {
    const facilities = deepFreeze([{ id: 'SYNTHETIC-survivor', notes: ['Merged with supplementary record SYNTHETIC-old (matched by name, 35 m apart).'] }]);
    expect(facilityIdResolver(facilities)('SYNTHETIC-old')).toBe('SYNTHETIC-survivor');
  });

  it('is the survivor that lists the old id among its aliases (a name with spaces is not an id)', () => {
    const facilities = deepFreeze([{ id: 'SYNTHETIC-survivor', aliases: ['SYNTHETIC-old', 'SYNTHETIC old name'] }]);
    const resolve = facilityIdResolver(facilities);
    expect(resolve('SYNTHETIC-old')).toBe('SYNTHETIC-survivor');
    expect(resolve('SYNTHETIC old name')).toBeUndefined();
  });

  it('is the survivor of a merge we know of, when the register records it some other way', () => {
    const [[old, survivor]] = Object.entries(KNOWN_MERGES) as [[string, string]];
    expect(facilityIdResolver(deepFreeze([{ id: survivor }]))(old)).toBe(survivor);
  });

  it('is nothing when neither the facility nor a survivor is there', () => {
    expect(facilityIdResolver(deepFreeze([{ id: 'SYNTHETIC-a' }]))('SYNTHETIC-gone')).toBeUndefined();
    const [[old]] = Object.entries(KNOWN_MERGES) as [[string, string]];
    expect(facilityIdResolver(deepFreeze([{ id: 'SYNTHETIC-a' }]))(old)).toBeUndefined();
  });
});
