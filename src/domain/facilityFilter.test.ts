import { describe, expect, it } from 'vitest';
import { makeFacility } from '../../tests/fixtures/facilityFactory';
import { EMPTY_FILTER, filterFacilities, foldText, isEmptyFilter, type FacilityFilter } from './facilityFilter';

describe('filterFacilities', () => {
  const facilities = Object.freeze([
    makeFacility({ id: 'SYNTHETIC-1', name: { en: 'Korean People’s Army Detention Centre', ko: '조선인민군 구류장' } }),
    makeFacility({ id: 'SYNTHETIC-2', name: { en: 'Onsong County MPS Waiting Room' }, nkpdId: 'abc123xyz' }),
    makeFacility({ id: 'SYNTHETIC-3', name: { en: 'Camp 15' }, aliases: ['Yodok concentration camp'] }),
  ]);

  it('keeps every facility for an empty filter', () => {
    expect(filterFacilities(facilities, { ...EMPTY_FILTER, text: '  ' })).toHaveLength(3);
  });

  it('matches a straight apostrophe against a curly one, case-insensitively', () => {
    expect(filterFacilities(facilities, { ...EMPTY_FILTER, text: "people's army" }).map((f) => f.id)).toEqual(['SYNTHETIC-1']);
  });

  it('matches Korean names', () => {
    expect(filterFacilities(facilities, { ...EMPTY_FILTER, text: '구류장' }).map((f) => f.id)).toEqual(['SYNTHETIC-1']);
  });

  it('matches the NKPD id and aliases', () => {
    expect(filterFacilities(facilities, { ...EMPTY_FILTER, text: 'ABC123' }).map((f) => f.id)).toEqual(['SYNTHETIC-2']);
    expect(filterFacilities(facilities, { ...EMPTY_FILTER, text: 'yodok' }).map((f) => f.id)).toEqual(['SYNTHETIC-3']);
  });

  it('returns nothing when no facility matches', () => {
    expect(filterFacilities(facilities, { ...EMPTY_FILTER, text: 'no such place' })).toEqual([]);
  });

  it('folds repeated spaces', () => {
    expect(foldText('  Onsong   County ')).toBe('onsong county');
  });
});

describe('filterFacilities by facets', () => {
  const facilities = Object.freeze([
    makeFacility({ id: 'SYNTHETIC-dc', type: 'detention_centre', agency: 'Ministry of State Security', status: 'operative' }),
    makeFacility({ id: 'SYNTHETIC-wr', type: 'waiting_room', province: 'Ryanggang', precision: 'approximate' }),
    makeFacility({ id: 'SYNTHETIC-of', type: 'office', location: null, precision: 'province', status: 'closed' }),
  ]);
  const ids = (filter: Partial<FacilityFilter>) => filterFacilities(facilities, { ...EMPTY_FILTER, ...filter }).map((f) => f.id);

  it('restricts by type', () => expect(ids({ types: ['office', 'waiting_room'] })).toEqual(['SYNTHETIC-wr', 'SYNTHETIC-of']));
  it('restricts by agency', () => expect(ids({ agencies: ['Ministry of State Security'] })).toEqual(['SYNTHETIC-dc']));
  it('restricts by province', () => expect(ids({ provinces: ['Ryanggang'] })).toEqual(['SYNTHETIC-wr']));
  it('restricts by status', () => expect(ids({ statuses: ['closed'] })).toEqual(['SYNTHETIC-of']));
  it('restricts by precision', () => expect(ids({ precisions: ['province'] })).toEqual(['SYNTHETIC-of']));
  it('combines facets with AND', () => expect(ids({ types: ['office'], statuses: ['operative'] })).toEqual([]));
  it('knows an empty filter', () => {
    expect(isEmptyFilter(EMPTY_FILTER)).toBe(true);
    expect(isEmptyFilter({ ...EMPTY_FILTER, provinces: ['Ryanggang'] })).toBe(false);
  });
});
