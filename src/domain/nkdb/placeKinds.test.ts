import { describe, expect, it } from 'vitest';
import { baseSlug, countryAbroad, isUnconfirmed, otherPlaceKind, provinceOfSlug } from './placeKinds';

describe('kinds of Visual Atlas places', () => {
  it('reads houses, places NKDB does not identify and other places from the label', () => {
    expect(otherPlaceKind("The victim's house, SYNTHETIC-dong, Hyesan City")).toBe('private_house');
    expect(otherPlaceKind("The victims' house, SYNTHETIC-ri")).toBe('private_house');
    expect(otherPlaceKind("A chinese's house, SYNTHETIC County")).toBe('private_house');
    expect(otherPlaceKind("An unkown victim's house, SYNTHETIC City")).toBe('private_house');
    expect(otherPlaceKind('An unknown location, SYNTHETIC County')).toBe('unidentified_place');
    expect(otherPlaceKind('Unknown Location, SYNTHETIC City')).toBe('unidentified_place');
    expect(otherPlaceKind('An unkwon place, SYNTHETIC County')).toBe('unidentified_place');
    for (const label of ['A market, SYNTHETIC City', 'An empty field, SYNTHETIC-ri', 'Yonhung Middle School, SYNTHETIC', 'An unknown Military Unit']) {
      expect(otherPlaceKind(label), label).toBe('other_place');
    }
  });

  it('tells places abroad by the slug, or by a point outside North Korea', () => {
    expect(countryAbroad('junggug-gilrimseong-SYNTHETIC')).toBe('China');
    expect(countryAbroad('reosia-SYNTHETIC')).toBe('Russia');
    expect(countryAbroad('kuweiteu-SYNTHETIC')).toBe('Kuwait');
    expect(countryAbroad('SYNTHETIC-place', { lat: 55.75, lng: 37.63 })).toBe('outside North Korea');
    expect(countryAbroad('yanggangdo-SYNTHETIC', { lat: 41.4, lng: 128.2 })).toBeUndefined();
  });

  it("names the province a slug starts with, in the register's spelling", () => {
    expect(provinceOfSlug('yanggangdo-hyesansi-SYNTHETIC')).toBe('Ryanggang');
    expect(provinceOfSlug('jagangdo-manposi-SYNTHETIC')).toBe('Chagang');
    expect(provinceOfSlug('hamgyeongbugdo-rajinseonbongsi-SYNTHETIC')).toBe('Rason');
    expect(provinceOfSlug('hamgyeongbugdo-musangun-SYNTHETIC')).toBe('North Hamgyong');
    expect(provinceOfSlug('je6hyeongmuso-SYNTHETIC')).toBeUndefined();
  });

  it('reads "(Unconfirmed)" in the label or cujeong (추정) in the slug, and the base of a numbered second entry', () => {
    expect(isUnconfirmed({ slug: 'SYNTHETIC-bowibu-cujeong', label: 'MSS' })).toBe(true);
    expect(isUnconfirmed({ slug: 'SYNTHETIC-bowibu', label: 'MSS (Unconfirmed)' })).toBe(true);
    expect(isUnconfirmed({ slug: 'SYNTHETIC-bowibu', label: 'MSS' })).toBe(false);
    expect(baseSlug('SYNTHETIC-do-jibgyeolso-1')).toBe('SYNTHETIC-do-jibgyeolso');
  });
});
