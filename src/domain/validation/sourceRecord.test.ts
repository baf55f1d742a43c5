import { describe, expect, it } from 'vitest';
import { rawFile, source, sourcesFile } from '../../../tests/fixtures/datasetFactory';
import { onlyProblem, summaries } from '../../../tests/fixtures/problemQueries';
import { loadFile } from '../loadDataset';

function loadSources(value: unknown) {
  const { records, problems } = loadFile(rawFile('sources.json', value), 'sources');
  return { sources: records.sources ?? [], problems };
}

describe('source records', () => {
  it('reads a source with its optional fields', () => {
    const full = source({ url: 'https://example.org/SYNTHETIC', publisher: 'SYNTHETIC', date: '2019-05' });
    expect(loadSources(sourcesFile([full]))).toEqual({ sources: [full], problems: [] });
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,SYNTHETIC', 'www.example.org/SYNTHETIC'])(
    'warns on the url %s, which is not http(s), and keeps the source with its url',
    (url) => {
      const { sources, problems } = loadSources(sourcesFile([source({ url })]));
      expect(sources[0]?.url).toBe(url);
      expect(summaries(problems)).toEqual(['warning source.url.scheme SYNTHETIC-source']);
      expect(problems[0]?.message).toContain(url);
    },
  );

  it('accepts http and https urls without a problem', () => {
    const sources = [source({ url: 'http://example.org/SYNTHETIC' }), source({ id: 'SYNTHETIC-b', url: 'HTTPS://example.org/b' })];
    expect(loadSources(sourcesFile(sources)).problems).toEqual([]);
  });

  it('rejects a file without a "sources" list', () => {
    expect(summaries(loadSources({ schemaVersion: 1, items: [] }).problems)).toEqual(['error file.structure -']);
  });

  it.each([
    ['kind', 'rumour'],
    ['visibility', 'secret'],
  ])('rejects a %s outside its enumeration', (field, value) => {
    expect(summaries(loadSources(sourcesFile([source({ [field]: value })])).problems)).toEqual(['error enum.invalid SYNTHETIC-source']);
  });

  it('rejects the second of two sources with one id', () => {
    const { sources, problems } = loadSources(sourcesFile([source(), source({ title: 'SYNTHETIC other' })]));
    expect(sources).toHaveLength(1);
    expect(summaries(problems)).toEqual(['error id.duplicate SYNTHETIC-source']);
  });

  it('leaves out a date that is not an ISO date, keeping the source', () => {
    const { sources, problems } = loadSources(sourcesFile([source({ date: '5 May 2019' })]));
    expect(sources[0]).not.toHaveProperty('date');
    expect(onlyProblem(problems, 'date.invalid').level).toBe('error');
  });
});
