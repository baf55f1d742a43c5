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

describe('filterFacilities by role, confirmation and point doubt', () => {
  const facilities = Object.freeze([
    makeFacility({ id: 'SYNTHETIC-penal' }),
    makeFacility({ id: 'SYNTHETIC-hospital', role: 'linked', linkedKind: 'hospital' }),
    makeFacility({ id: 'SYNTHETIC-unconfirmed', confirmation: { status: 'unconfirmed', sourceId: 'SYNTHETIC-source' } }),
    makeFacility({ id: 'SYNTHETIC-doubtful', locationDoubt: { reason: { en: 'SYNTHETIC reason' } } }),
    makeFacility({ id: 'SYNTHETIC-unlocated', location: null, precision: 'province' }),
  ]);
  const ids = (filter: Partial<FacilityFilter>) => filterFacilities(facilities, { ...EMPTY_FILTER, ...filter }).map((f) => f.id);

  it('treats a facility without a role as penal', () => {
    expect(ids({ roles: ['linked'] })).toEqual(['SYNTHETIC-hospital']);
    expect(ids({ roles: ['penal'] })).not.toContain('SYNTHETIC-hospital');
    expect(ids({ roles: ['penal'] })).toHaveLength(4);
  });

  it('restricts by confirmation, "none" where no source says either way', () => {
    expect(ids({ confirmations: ['unconfirmed'] })).toEqual(['SYNTHETIC-unconfirmed']);
    expect(ids({ confirmations: ['none'] })).not.toContain('SYNTHETIC-unconfirmed');
  });

  it('restricts by point doubt: doubtful, sound, or no point', () => {
    expect(ids({ pointDoubts: ['doubtful'] })).toEqual(['SYNTHETIC-doubtful']);
    expect(ids({ pointDoubts: ['none'] })).toEqual(['SYNTHETIC-unlocated']);
    expect(ids({ pointDoubts: ['sound'] })).toHaveLength(3);
  });

  it('counts the new facets as filters', () => {
    expect(isEmptyFilter({ ...EMPTY_FILTER, roles: ['penal'] })).toBe(false);
    expect(isEmptyFilter({ ...EMPTY_FILTER, roles: [], confirmations: [], pointDoubts: [] })).toBe(true);
  });
});

describe('filterFacilities by Hangul, Revised Romanization and McCune–Reischauer spellings', () => {
  const facilities = Object.freeze([
    makeFacility({ id: 'SYNTHETIC-onsong-dc', name: { en: 'Onsong County MPS Detention Centre' } }),
    makeFacility({ id: 'SYNTHETIC-onsong-wr', name: { en: 'Onsong County MPS Waiting Room' } }),
    makeFacility({ id: 'SYNTHETIC-hoeryong', name: { en: 'Hoeryong City MSS Office' } }),
    makeFacility({ id: 'SYNTHETIC-chongjin', name: { en: 'Chongjin City MPS Office' } }),
    makeFacility({ id: 'SYNTHETIC-kaechon', name: { en: 'Kwalliso No. 14, Kaechon (Camp 14)', ko: '개천 제14호 관리소' } }),
    makeFacility({ id: 'SYNTHETIC-yodok', name: { en: 'Yodok Political Prison Camp No.15', ko: '요덕 제15호 관리소' } }),
  ]);
  const ids = (text: string) => filterFacilities(facilities, { ...EMPTY_FILTER, text }).map((f) => f.id);

  it.each([
    ['온성', 'Onseong', 'Onsong', 'onsŏng'],
  ])('finds both Onsong facilities by %s, %s, %s and %s', (...spellings) => {
    for (const text of spellings) expect(ids(text), text).toEqual(['SYNTHETIC-onsong-dc', 'SYNTHETIC-onsong-wr']);
  });

  it.each([
    ['SYNTHETIC-hoeryong', ['Hoeryong', 'Hoeryeong', '회령', 'Hoeryŏng']],
    ['SYNTHETIC-chongjin', ['Chongjin', 'Cheongjin', '청진', "Ch'ŏngjin"]],
    ['SYNTHETIC-kaechon', ['Kaechon', 'Gaecheon', '개천', "Kae'chŏn"]],
    ['SYNTHETIC-yodok', ['Yodok', 'Yodeok', '요덕', 'Yodŏk']],
  ] as const)('finds %s by each of its spellings', (id, spellings) => {
    for (const text of spellings) expect(ids(text), text).toEqual([id]);
  });

  it('finds a Korean name typed in part', () => {
    expect(ids('요덕 제15')).toEqual(['SYNTHETIC-yodok']);
  });
});
