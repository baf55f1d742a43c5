import { describe, expect, it } from 'vitest';
import { makeFacility } from '../../tests/fixtures/facilityFactory';
import { countFacilities, countFigures } from './facilityCounts';
import type { RegisterInfo } from './types';

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

describe('countFacilities: penal facilities and linked places, doubtful points, unconfirmed sites, Korean names', () => {
  const facilities = Object.freeze([
    makeFacility({ id: 'SYNTHETIC-penal', name: { en: 'SYNTHETIC camp', ko: '합성' } }),
    makeFacility({ id: 'SYNTHETIC-explicit-penal', role: 'penal' }),
    makeFacility({ id: 'SYNTHETIC-hospital', role: 'linked', linkedKind: 'hospital' }),
    makeFacility({ id: 'SYNTHETIC-doubtful', locationDoubt: { reason: { en: 'SYNTHETIC reason' } } }),
    makeFacility({ id: 'SYNTHETIC-unconfirmed', confirmation: { status: 'unconfirmed' } }),
  ]);

  it('counts linked places apart from penal facilities', () => {
    expect(countFacilities(facilities)).toMatchObject({ total: 5, penal: 4, linked: 1 });
  });

  it('counts doubtful points, unconfirmed sites and Korean names', () => {
    expect(countFacilities(facilities)).toMatchObject({ doubtfulPoints: 1, unconfirmed: 1, withKoreanName: 1 });
  });
});

describe('countFigures', () => {
  const register: RegisterInfo = Object.freeze({
    name: 'SYNTHETIC register',
    url: 'https://example.org',
    capturedAt: '2026-10-01',
    entities: 3,
    sourceId: 'SYNTHETIC-register',
    figures: [
      { count: 206, date: '2024', what: { en: 'SYNTHETIC later' }, sourceId: 'SYNTHETIC-b' },
      { count: 148, date: '2022-03', what: { en: 'SYNTHETIC launch' }, sourceId: 'SYNTHETIC-a' },
    ],
  });
  const facilities = Object.freeze([
    makeFacility({ id: 'SYNTHETIC-1' }),
    makeFacility({ id: 'SYNTHETIC-2', role: 'linked', linkedKind: 'court' }),
  ]);

  it("sets the app's figures beside the register's and its publisher's, each figure with its source, oldest first", () => {
    const figures = countFigures(facilities, register);
    expect(figures).toMatchObject({ shown: 2, penal: 1, linked: 1, register: { entities: 3, capturedAt: '2026-10-01', sourceId: 'SYNTHETIC-register' } });
    expect(figures.published.map((figure) => [figure.count, figure.sourceId])).toEqual([[148, 'SYNTHETIC-a'], [206, 'SYNTHETIC-b']]);
  });

  it('gives only its own figures when the dataset names no register', () => {
    expect(countFigures(facilities, undefined)).toEqual({ shown: 2, penal: 1, linked: 1, published: [] });
  });
});
