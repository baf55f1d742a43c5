import { describe, expect, it } from 'vitest';
import { FACILITY_TYPES } from '../domain/enums';
import en from './en.json';
import ko from './ko.json';

describe('translations', () => {
  // Korean has a single plural form, so English "_one" keys have no Korean counterpart.
  it('has every English key in Korean', () => {
    expect(Object.keys(en).filter((key) => !(key in ko) && !key.endsWith('_one'))).toEqual([]);
  });

  it('has every Korean key in English', () => {
    expect(Object.keys(ko).filter((key) => !(key in en))).toEqual([]);
  });

  it('leaves no value empty', () => {
    const empty = [...Object.entries(en), ...Object.entries(ko)].filter(([, value]) => value.trim() === '');
    expect(empty).toEqual([]);
  });

  it('names every facility type of the contract in both languages', () => {
    const missing = FACILITY_TYPES.map((type) => `type.${type}`).filter((key) => !(key in en) || !(key in ko));
    expect(missing).toEqual([]);
  });
});
