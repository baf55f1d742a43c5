import { describe, expect, it } from 'vitest';
import { makeSupplementFeature, supplementCollection } from '../../../tests/fixtures/registerFixtures';
import { parseSupplement } from './supplement';
import { supplementSourceId, supplementSourceKind, supplementSourceRefs, supplementSources } from './supplementSources';

const shared = { url: 'https://example.org/SYNTHETIC/map.kml', title: 'SYNTHETIC My Maps KML export', quote: 'a' };

function recordsCiting(...sourceLists: unknown[][]) {
  const features = sourceLists.map((sources, index) =>
    makeSupplementFeature({ id: `SYNTHETIC-s${index}`, properties: { sources } }),
  );
  return parseSupplement(supplementCollection(features), 's.geojson').records;
}

describe('supplementSources', () => {
  it('makes one Source per URL, in order of first citation', () => {
    const other = { url: 'https://example.org/SYNTHETIC/article', title: 'SYNTHETIC article', quote: 'b' };
    const sources = supplementSources(recordsCiting([shared], [other, { ...shared, quote: 'c' }]));
    expect([...sources.keys()]).toEqual([shared.url, other.url]);
  });

  it("names a publisher only for a page on its publisher's own site, never for a copy on another host", () => {
    const records = recordsCiting([
      { url: 'https://www.hrnk.org/SYNTHETIC/release', title: 'SYNTHETIC release', quote: 'a' },
      { url: 'https://www.yumpu.com/SYNTHETIC/copy', title: 'SYNTHETIC HRNK report, yumpu copy', quote: 'b' },
    ]);
    const [release, copy] = [...supplementSources(records).values()];
    expect(release?.publisher).toBe('Committee for Human Rights in North Korea (HRNK)');
    expect(copy).not.toHaveProperty('publisher');
  });

  it('derives the same readable id from the same URL', () => {
    const url = 'https://www.example.org/wiki/Camp_15';
    expect(supplementSourceId(url)).toMatch(/^example-org-camp-15-[0-9a-f]{8}$/);
    expect(supplementSourceId(url)).toBe(supplementSourceId(url));
  });

  it('tells database, report and article apart by how the source is described', () => {
    const kinds = ['SYNTHETIC My Maps KML export', 'SYNTHETIC imagery analysis', 'SYNTHETIC news story'].map((title) =>
      supplementSourceKind({ url: 'https://example.org/x', title }),
    );
    expect(kinds).toEqual(['database', 'report', 'article']);
  });

  it('keeps the named entity as the locator when a citation title differs from its Source title', () => {
    const records = recordsCiting(
      [{ url: 'https://example.org/SYNTHETIC/export.json', title: 'SYNTHETIC export, entity SYNTHETIC1 \'A\'', quote: 'a' }],
      [{ url: 'https://example.org/SYNTHETIC/export.json', title: 'SYNTHETIC export, entity SYNTHETIC2 \'B\'', quote: 'b' }],
    );
    const sources = supplementSources(records);
    const refs = records.map((record) => supplementSourceRefs(record, sources)[0]);
    expect(refs.map((ref) => ref?.locator)).toEqual([undefined, 'entity SYNTHETIC2']);
  });
});
