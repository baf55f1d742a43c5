import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import {
  makeRegisterCells,
  makeSupplementFeature,
  registerTsv,
  supplementCollection,
} from '../../../tests/fixtures/registerFixtures';
import { buildRegisterImport } from './buildFacilityCollection';
import { jsonFileText } from './facilityFeature';
import { MalformedInputError } from './importIssue';
import { isGeneratedSource, keptSources } from './keptSources';
import { supplementSourceId } from './supplementSources';

const entity = makeRegisterCells({ id: 'SYNTHETIC1', lat: '42', lon: '129.5' });
const record = makeSupplementFeature({ id: 'SYNTHETIC-s1', lon: 126, lat: 40 });

function handAdded(id: string, url = `https://example.org/SYNTHETIC/hand/${id}`) {
  return deepFreeze({ id, kind: 'article', title: `SYNTHETIC hand-added source ${id}`, url, visibility: 'public' });
}

function runImport(existingSources?: unknown) {
  return buildRegisterImport({
    registerTsv: registerTsv([entity]),
    registerFile: 'nkpd-register-2026-10-01.tsv',
    supplement: supplementCollection([record]),
    supplementFile: 'supplement.geojson',
    capturedAt: '2026-10-01',
    ...(existingSources === undefined ? {} : { existingSources }),
  });
}

const generatedIds = runImport().sources.sources.map((source) => source.id);

describe('keptSources', () => {
  it('keeps every hand-added source unchanged, in its order, after the generated ones', () => {
    const first = handAdded('SYNTHETIC-hand-b');
    const second = { ...handAdded('SYNTHETIC-hand-a'), publisher: 'SYNTHETIC publisher', date: '2019-01' };
    const previous = runImport().sources;
    const result = runImport({ ...previous, sources: [first, ...previous.sources, second] });
    expect(result.sources.sources).toEqual([...previous.sources, first, second]);
    expect(result.summary).toMatchObject({ sources: generatedIds.length + 2, keptSources: 2 });
  });

  it('gives a byte-identical sources.json when run again on its own output', () => {
    const once = runImport({ schemaVersion: 1, sources: [handAdded('SYNTHETIC-hand')] });
    const twice = runImport(JSON.parse(jsonFileText(once.sources)));
    expect(jsonFileText(twice.sources)).toBe(jsonFileText(once.sources));
  });

  it('regenerates the sources the import owns and drops those no longer cited', () => {
    const staleUrl = 'https://example.org/SYNTHETIC/no-longer-cited';
    const stale = { ...handAdded(supplementSourceId(staleUrl), staleUrl), title: 'SYNTHETIC stale import output' };
    const register = { id: 'nkpd-register', kind: 'database', title: 'SYNTHETIC old capture', visibility: 'public' };
    const result = runImport({ schemaVersion: 1, sources: [register, stale] });
    expect(result.sources.sources.map((source) => source.id)).toEqual(generatedIds);
    expect(result.sources.sources[0]?.title).toContain('captured 2026-10-01');
  });

  it('keeps nothing when there is no existing file', () => {
    expect(keptSources(undefined, [], 'sources.json')).toEqual({ kept: [], issues: [] });
  });

  it('refuses a hand-added source that takes an id the import generates', () => {
    const clash = handAdded(generatedIds[1] ?? '');
    expect(() => runImport({ schemaVersion: 1, sources: [clash] })).toThrow(MalformedInputError);
  });

  it('reports a hand-added source with the same URL as a generated one, and keeps it', () => {
    const sameUrl = handAdded('SYNTHETIC-hand', 'https://example.org/SYNTHETIC/SYNTHETIC-s1');
    const result = runImport({ schemaVersion: 1, sources: [sameUrl] });
    expect(result.sources.sources.at(-1)).toEqual(sameUrl);
    expect(result.issues).toEqual([expect.objectContaining({ where: 'source "SYNTHETIC-hand"', skipped: false })]);
  });

  it('refuses an existing file that is not a sources list, or a source without an id', () => {
    expect(() => keptSources({ sources: 'none' }, [], 'sources.json')).toThrow(MalformedInputError);
    expect(() => keptSources({ sources: [{ title: 'SYNTHETIC' }] }, [], 'sources.json')).toThrow(/source #0 has no id/);
  });

  it("recognises the import's own ids: the register's and those derived from a supplement URL", () => {
    const url = 'https://example.org/SYNTHETIC/page';
    expect(isGeneratedSource({ id: 'nkpd-register' })).toBe(true);
    expect(isGeneratedSource({ id: supplementSourceId(url), url })).toBe(true);
    expect(isGeneratedSource({ id: 'SYNTHETIC-hand', url })).toBe(false);
  });
});
