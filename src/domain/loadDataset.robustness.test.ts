/** Bad input gets a problem, never an exception: every value of a valid dataset replaced by junk, every cut. */
import { describe, expect, it } from 'vitest';
import { validDatasetFiles } from '../../tests/fixtures/datasetFactory';
import { loadDataset, type RawFile } from './loadDataset';

const JUNK: readonly unknown[] = [null, 'SYNTHETIC', -1, [], {}, [[]], [null], { type: 'Polygon', coordinates: [[[]]] }];

/** Every way of replacing one node of `value` with `junk`. */
function replacements(value: unknown, junk: unknown): unknown[] {
  const variants: unknown[] = [junk];
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      for (const variant of replacements(item, junk)) variants.push(value.map((other, at) => (at === index ? variant : other)));
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      for (const variant of replacements(item, junk)) variants.push({ ...value, [key]: variant });
    }
  }
  return variants;
}

function loadWith(files: readonly RawFile[], path: string, text: string) {
  return loadDataset(files.map((file) => (file.path === path ? { path, text } : file)));
}

describe('loadDataset on damaged files', () => {
  const files = validDatasetFiles();

  it.each(files.map((file) => [file.path, file] as const))('reports every replaced value in %s without throwing', (path, file) => {
    const value: unknown = JSON.parse(file.text);
    for (const junk of JUNK) {
      for (const variant of replacements(value, junk)) {
        expect(() => loadWith(files, path, JSON.stringify(variant))).not.toThrow();
      }
    }
  });

  it.each(files.map((file) => [file.path, file] as const))('reports every cut of %s without throwing', (path, file) => {
    for (let end = 0; end < file.text.length; end += 3) {
      expect(loadWith(files, path, file.text.slice(0, end)).problems.some((problem) => problem.level === 'error')).toBe(true);
    }
  });
});
