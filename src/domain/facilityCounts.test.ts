import { describe, expect, it } from 'vitest';
import { makeFacility } from '../../tests/fixtures/facilityFactory';
import { countFacilities } from './facilityCounts';

describe('countFacilities', () => {
  const facilities = Object.freeze([
    makeFacility({ id: 'SYNTHETIC-a', type: 'detention_centre', province: 'Ryanggang' }),
    makeFacility({ id: 'SYNTHETIC-b', type: 'detention_centre', province: 'Ryanggang', location: null, precision: 'province' }),
    makeFacility({ id: 'SYNTHETIC-c', type: 'office', province: 'Chagang', location: null, precision: 'province' }),
  ]);

  it('counts located and unlocated facilities', () => {
    const counts = countFacilities(facilities);
    expect([counts.total, counts.located, counts.unlocated]).toEqual([3, 1, 2]);
  });

  it('counts by type in contract order, leaving out empty types', () => {
    expect(countFacilities(facilities).byType).toEqual([
      { type: 'detention_centre', count: 2 },
      { type: 'office', count: 1 },
    ]);
  });

  it('counts by province, located and unlocated, largest first', () => {
    expect(countFacilities(facilities).byProvince).toEqual([
      { province: 'Ryanggang', located: 1, unlocated: 1 },
      { province: 'Chagang', located: 0, unlocated: 1 },
    ]);
  });
});
