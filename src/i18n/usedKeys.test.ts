import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import ko from './ko.json';

/** Literal keys passed to t('…') anywhere in the UI source. */
function literalKeys(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return literalKeys(path);
    if (!/\.tsx?$/.test(entry.name) || entry.name.endsWith('.test.ts')) return [];
    return [...readFileSync(path, 'utf8').matchAll(/\bt\(\s*'([^'`$]+)'/g)].map((match) => match[1] ?? '');
  });
}

/** A key counts as present in its plain form or as an i18next plural ("key_other"). */
function present(key: string, dictionary: Record<string, string>): boolean {
  return key in dictionary || `${key}_other` in dictionary;
}

describe('keys used by the UI', () => {
  const keys = [...new Set(literalKeys('src'))];

  it('finds the keys it scans for', () => {
    expect(keys).toContain('list.heading');
  });

  it('exist in English and Korean', () => {
    expect(keys.filter((key) => !present(key, en) || !present(key, ko))).toEqual([]);
  });
});
