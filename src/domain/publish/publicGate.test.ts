import { describe, expect, it } from 'vitest';
import { baseFiles, gateCases, type GateCase } from '../../../tests/fixtures/gateCases';
import { gatePublicData, type DataListing } from './publicGate';

const cases = await gateCases();

/** The listing a data folder holding the case's files would give: files with their text, every folder on the way. */
export function listingOf(gateCase: Pick<GateCase, 'files' | 'remove'>): DataListing {
  const entries = { ...baseFiles(), ...gateCase.files };
  for (const path of gateCase.remove ?? []) delete entries[path];
  const folders = new Set<string>();
  const files = [];
  for (const [path, text] of Object.entries(entries)) {
    const parts = path.replace(/\/$/, '').split('/');
    for (let depth = 1; depth < parts.length; depth += 1) folders.add(parts.slice(0, depth).join('/'));
    if (path.endsWith('/')) folders.add(parts.join('/'));
    else files.push({ path, text });
  }
  return { files: files.sort((a, b) => (a.path < b.path ? -1 : 1)), folders: [...folders].sort(), problems: [] };
}

describe('the public gate', () => {
  it('passes a valid public dataset and ships exactly its contract files, in the contract order', () => {
    const result = gatePublicData(listingOf({ files: {} }));
    expect(result.problems.filter((problem) => problem.level === 'error')).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.shipped.map((file) => file.path)).toEqual(['facilities.geojson', 'sources.json', 'violations.geojson', 'provinces.geojson', 'plans/SYNTHETIC-facility.geojson']);
  });

  it.each(cases.map((gateCase) => [gateCase.name, gateCase] as const))('stops %s, naming the file and the reason', (_name, gateCase) => {
    const result = gatePublicData(listingOf(gateCase));
    expect(result.passed).toBe(false);
    expect(result.shipped).toEqual([]);
    const [file, code] = gateCase.stops;
    const stop = result.problems.find((problem) => problem.level === 'error' && problem.file === file && problem.code === code);
    expect(stop, `no ${code} on ${file} among ${result.problems.map((problem) => `${problem.file} ${problem.code}`).join(', ')}`).toBeDefined();
    expect(stop?.message).toMatch(/\.$/);
  });

  it('says of an interview export under notes/ both that it is no contract file and that it holds interview data', () => {
    const result = gatePublicData(listingOf(cases[0] as GateCase));
    expect(result.problems.filter((problem) => problem.file === 'notes/interviews.json').map((problem) => problem.code)).toEqual(
      expect.arrayContaining(['publish.notContract', 'publish.interview']),
    );
  });

  it('keeps every file in its own problems when one of 200,000 records and 10,000 levels of nesting are there', () => {
    const sources = Array.from({ length: 200_000 }, (_, index) => ({ id: `SYNTHETIC-source-${index}`, kind: 'report', title: 'SYNTHETIC', visibility: 'public' }));
    const deep = cases.find((gateCase) => gateCase.stops[1] === 'json.depth') as GateCase;
    const text = JSON.stringify({ schemaVersion: 1, sources: [...sources, { id: 'SYNTHETIC-source', kind: 'report', title: 'SYNTHETIC report', visibility: 'public' }] });
    const result = gatePublicData(listingOf({ files: { ...deep.files, 'sources.json': text } }));
    expect(result.loaded.dataset.sources).toHaveLength(200_001);
    expect(result.loaded.dataset.facilities.map((facility) => facility.id)).toEqual(['SYNTHETIC-facility']);
    expect(result.problems.filter((problem) => problem.level === 'error').map((problem) => `${problem.file} ${problem.featureId} ${problem.code}`)).toEqual([
      'facilities.geojson SYNTHETIC-deep json.depth',
      'facilities.geojson SYNTHETIC-deep publish.depth',
    ]);
  });
});
