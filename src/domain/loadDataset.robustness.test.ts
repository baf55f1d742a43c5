/** Bad input gets a problem, never an exception: every value of a valid dataset replaced by junk, every cut. */
import { describe, expect, it } from 'vitest';
import { validDatasetFiles } from '../../tests/fixtures/datasetFactory';
import { loadDataset, type RawFile } from './loadDataset';
import { FILE_LEVEL, type Problem } from './problems';

const JUNK: readonly unknown[] = [null, 'SYNTHETIC', -1, [], {}, [[]], [null], { type: 'Polygon', coordinates: [[[]]] }];

type JsonPath = readonly (string | number)[];

interface Replacement {
  path: JsonPath;
  /** The value that was there before. */
  original: unknown;
  /** Where `path` lies within a list, so the list's element is null. */
  inList: boolean;
  document: unknown;
}

/** Every way of replacing one node of `value` with `junk`, each with where it was replaced. */
function replacements(value: unknown, junk: unknown, path: JsonPath = [], inList = false): Replacement[] {
  const variants: Replacement[] = [{ path, original: value, inList, document: junk }];
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      for (const variant of replacements(item, junk, [...path, index], true)) {
        variants.push({ ...variant, document: value.map((other, at) => (at === index ? variant.document : other)) });
      }
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      for (const variant of replacements(item, junk, [...path, key], false)) {
        variants.push({ ...variant, document: { ...value, [key]: variant.document } });
      }
    }
  }
  return variants;
}

function jsonKind(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/**
 * The labels a problem about the node at `path` may carry: the record's id (a province's pcode) or its index for a
 * node inside a record (features[i] or sources[i]), "-" for the file's own members.
 */
function recordLabels(document: Record<string, unknown[]>, path: JsonPath): string[] {
  const [list, index] = path;
  if (typeof list !== 'string' || typeof index !== 'number') return [FILE_LEVEL];
  const record = document[list]?.[index] as { id?: unknown; properties?: { id?: unknown; pcode?: unknown } };
  const id = record.properties?.id ?? record.properties?.pcode ?? record.id;
  return [String(id), `#${index}`];
}

function loadWith(files: readonly RawFile[], path: string, text: string) {
  return loadDataset(files.map((file) => (file.path === path ? { path, text } : file)));
}

function describeProblems(problems: readonly Problem[]): string {
  return problems.map((problem) => `${problem.file} ${problem.featureId} ${problem.code}`).join('; ') || 'none';
}

describe('loadDataset on damaged files', () => {
  const files = validDatasetFiles();

  it('loads the undamaged dataset without a problem', () => {
    expect(loadDataset(files).problems).toEqual([]);
  });

  // A value of another JSON kind (a string where an object belongs, a number where a list belongs) and a null inside
  // a list are never valid; a null member may be (an unknown geometry, an absent optional field), and a value of
  // the same kind may be (a different title), so those must only load without an exception.
  it.each(files.map((file) => [file.path, file] as const))('names the file and record of every replaced value in %s', (path, file) => {
    const value = JSON.parse(file.text) as Record<string, unknown[]>;
    const unreported: string[] = [];
    let mustReport = 0;
    for (const junk of JUNK) {
      for (const variant of replacements(value, junk)) {
        const { problems } = loadWith(files, path, JSON.stringify(variant.document));
        const invalid = junk === null ? variant.inList : jsonKind(junk) !== jsonKind(variant.original);
        if (!invalid) continue;
        mustReport += 1;
        const labels = recordLabels(value, variant.path);
        const named = problems.some(
          (problem) => problem.file === path && labels.includes(problem.featureId) && problem.code !== '' && problem.message.trim() !== '',
        );
        if (!named) unreported.push(`${variant.path.join('.')} = ${JSON.stringify(junk)}: ${describeProblems(problems)}`);
      }
    }
    expect(mustReport).toBeGreaterThan(20);
    expect(unreported).toEqual([]);
  });

  it.each(files.map((file) => [file.path, file] as const))('loads every other replaced value in %s without throwing', (path, file) => {
    const value: unknown = JSON.parse(file.text);
    for (const junk of JUNK) {
      for (const variant of replacements(value, junk)) {
        expect(() => loadWith(files, path, JSON.stringify(variant.document))).not.toThrow();
      }
    }
  });

  it.each(files.map((file) => [file.path, file] as const))('reports every cut of %s without throwing', (path, file) => {
    for (let end = 0; end < file.text.length; end += 3) {
      expect(loadWith(files, path, file.text.slice(0, end)).problems.some((problem) => problem.level === 'error')).toBe(true);
    }
  });
});
