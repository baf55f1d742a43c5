import { describe, expect, it } from 'vitest';
import { dictionaryParts, en, ko } from './dictionaries';

// Keys the UI builds at run time (status.*, use.*, …) are checked value by value in usedKeys.test.ts.
describe('translations', () => {
  // Korean has a single plural form, so English "_one" keys have no Korean counterpart.
  it('has every English key in Korean', () => {
    expect(Object.keys(en).filter((key) => !(key in ko) && !key.endsWith('_one'))).toEqual([]);
  });

  it('has every Korean key in English', () => {
    expect(Object.keys(ko).filter((key) => !(key in en))).toEqual([]);
  });

  it.each(Object.entries(dictionaryParts))('defines each %s key in one file only', (_language, parts) => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [file, part] of Object.entries(parts)) {
      for (const key of Object.keys(part)) {
        if (seen.has(key)) twice.push(`${key} (${seen.get(key)} and ${file})`);
        seen.set(key, file);
      }
    }
    expect(twice).toEqual([]);
  });

  it('leaves no value empty', () => {
    const empty = [...Object.entries(en), ...Object.entries(ko)].filter(([, value]) => value.trim() === '');
    expect(empty).toEqual([]);
  });
});
