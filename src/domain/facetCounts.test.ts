import { describe, expect, it } from 'vitest';
import { makeFacility } from '../../tests/fixtures/facilityFactory';
import { facetCounts } from './facetCounts';
import { EMPTY_FILTER } from './facilityFilter';

const facilities = Object.freeze([
  makeFacility({ id: 'SYNTHETIC-1', name: { en: 'Onsong detention centre' }, type: 'detention_centre', province: 'North Hamgyong' }),
  makeFacility({ id: 'SYNTHETIC-2', name: { en: 'Onsong waiting room' }, type: 'waiting_room', province: 'North Hamgyong' }),
  makeFacility({ id: 'SYNTHETIC-3', name: { en: 'Hyesan detention centre' }, type: 'detention_centre', province: 'Ryanggang' }),
]);

describe('facetCounts', () => {
  it('counts every value over the whole list when nothing is filtered', () => {
    const counts = facetCounts(facilities, EMPTY_FILTER);
    expect(Object.fromEntries(counts.types)).toEqual({ detention_centre: 2, waiting_room: 1 });
    expect(Object.fromEntries(counts.provinces)).toEqual({ 'North Hamgyong': 2, Ryanggang: 1 });
  });

  it('follows the search text', () => {
    const counts = facetCounts(facilities, { ...EMPTY_FILTER, text: 'onsong' });
    expect(Object.fromEntries(counts.types)).toEqual({ detention_centre: 1, waiting_room: 1 });
    expect(Object.fromEntries(counts.provinces)).toEqual({ 'North Hamgyong': 2 });
  });

  it('narrows a facet’s counts by the other facets, not by itself', () => {
    const counts = facetCounts(facilities, { ...EMPTY_FILTER, types: ['waiting_room'] });
    expect(Object.fromEntries(counts.types)).toEqual({ detention_centre: 2, waiting_room: 1 });
    expect(Object.fromEntries(counts.provinces)).toEqual({ 'North Hamgyong': 1 });
  });

  it('counts roles, confirmations and point doubts, each narrowed by the others but not by itself', () => {
    const honest = Object.freeze([
      ...facilities,
      makeFacility({ id: 'SYNTHETIC-4', type: 'other', role: 'linked', linkedKind: 'hospital' }),
      makeFacility({ id: 'SYNTHETIC-5', confirmation: { status: 'unconfirmed' }, locationDoubt: { reason: { en: 'SYNTHETIC' } } }),
      makeFacility({ id: 'SYNTHETIC-6', location: null, precision: 'province' }),
    ]);
    const all = facetCounts(honest, EMPTY_FILTER);
    expect(Object.fromEntries(all.roles)).toEqual({ penal: 5, linked: 1 });
    expect(Object.fromEntries(all.confirmations)).toEqual({ none: 5, unconfirmed: 1 });
    expect(Object.fromEntries(all.pointDoubts)).toEqual({ sound: 4, doubtful: 1, none: 1 });
    const linkedOnly = facetCounts(honest, { ...EMPTY_FILTER, roles: ['linked'] });
    expect(Object.fromEntries(linkedOnly.roles)).toEqual({ penal: 5, linked: 1 });
    expect(Object.fromEntries(linkedOnly.pointDoubts)).toEqual({ sound: 1 });
  });
});
