import { describe, expect, it } from 'vitest';
import { makeFacility } from '../../tests/fixtures/facilityFactory';
import { inSortedOrder, sortFacilities, type SortLabels } from './facilitySort';
import { localText } from './localText';

const facilities = Object.freeze([
  makeFacility({ id: 'SYNTHETIC-c', name: { en: 'Camp C', ko: '가 수용소' }, type: 'political_prison_camp', province: 'Ryanggang' }),
  makeFacility({ id: 'SYNTHETIC-a', name: { en: 'Alpha centre', ko: '다 구류장' }, type: 'detention_centre', province: 'North Hamgyong' }),
  makeFacility({ id: 'SYNTHETIC-b', name: { en: 'beta room', ko: '나 대기실' }, type: 'waiting_room', province: 'Ryanggang' }),
  makeFacility({ id: 'SYNTHETIC-a2', name: { en: 'Alpha centre' }, type: 'detention_centre', province: 'Chagang' }),
]);

function labels(language: 'en' | 'ko'): SortLabels {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  return {
    name: (facility) => localText(facility.name, language),
    province: (facility) => facility.province,
    compare: (a, b) => collator.compare(a, b),
  };
}

const ids = (list: readonly { id: string }[]) => list.map((facility) => facility.id);

describe('sortFacilities', () => {
  it('orders by name in the reader’s language, case aside, equal names by id', () => {
    expect(ids(sortFacilities(facilities, 'name', labels('en')))).toEqual(['SYNTHETIC-a', 'SYNTHETIC-a2', 'SYNTHETIC-b', 'SYNTHETIC-c']);
    expect(ids(sortFacilities(facilities, 'name', labels('ko')))).toEqual(['SYNTHETIC-c', 'SYNTHETIC-b', 'SYNTHETIC-a', 'SYNTHETIC-a2']);
  });

  it('orders by type in the contract’s order, then by name', () => {
    expect(ids(sortFacilities(facilities, 'type', labels('en')))).toEqual(['SYNTHETIC-b', 'SYNTHETIC-a', 'SYNTHETIC-a2', 'SYNTHETIC-c']);
  });

  it('puts linked places after every penal type, by kind, however the register typed them', () => {
    const hospital = makeFacility({ id: 'SYNTHETIC-hospital', name: { en: 'Aardvark hospital' }, type: 'waiting_room', role: 'linked', linkedKind: 'hospital' });
    const court = makeFacility({ id: 'SYNTHETIC-court', name: { en: 'Aardvark court' }, type: 'waiting_room', role: 'linked', linkedKind: 'court' });
    expect(ids(sortFacilities([court, hospital, ...facilities], 'type', labels('en')))).toEqual(['SYNTHETIC-b', 'SYNTHETIC-a', 'SYNTHETIC-a2', 'SYNTHETIC-c', 'SYNTHETIC-hospital', 'SYNTHETIC-court']);
  });

  it('orders by province, then by name', () => {
    expect(ids(sortFacilities(facilities, 'province', labels('en')))).toEqual(['SYNTHETIC-a2', 'SYNTHETIC-a', 'SYNTHETIC-b', 'SYNTHETIC-c']);
  });

  it('orders by violations, most first, then by name', () => {
    const counts: Record<string, number> = { 'SYNTHETIC-b': 7, 'SYNTHETIC-c': 2, 'SYNTHETIC-a2': 2 };
    const byCount = { ...labels('en'), violations: (facility: { id: string }) => counts[facility.id] ?? 0 };
    expect(ids(sortFacilities(facilities, 'violations', byCount))).toEqual(['SYNTHETIC-b', 'SYNTHETIC-a2', 'SYNTHETIC-c', 'SYNTHETIC-a']);
  });

  it('leaves its input as it was', () => {
    sortFacilities(facilities, 'name', labels('en'));
    expect(ids(facilities)).toEqual(['SYNTHETIC-c', 'SYNTHETIC-a', 'SYNTHETIC-b', 'SYNTHETIC-a2']);
  });
});

describe('inSortedOrder', () => {
  it('gives a filtered subset the order sorting it would give, for every order but by violations', () => {
    for (const sort of ['name', 'type', 'province'] as const) {
      const sorted = sortFacilities(facilities, sort, labels('en'));
      for (const subset of [facilities.slice(1), [facilities[3], facilities[0]], [], facilities]) {
        const kept = subset.filter((facility) => facility !== undefined);
        expect(ids(inSortedOrder(sorted, kept))).toEqual(ids(sortFacilities(kept, sort, labels('en'))));
      }
    }
  });
});
