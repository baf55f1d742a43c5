import { describe, expect, it } from 'vitest';
import { collection, facility, rawFile, source, sourcesFile, violation } from '../../../tests/fixtures/datasetFactory';
import { summaries } from '../../../tests/fixtures/problemQueries';
import { checkClassification } from '../classification/checkClassification';
import type { ClassificationScheme } from '../classification/schemes';
import { assembleDataset, loadFile } from '../loadDataset';
import { createReporter } from './reporter';
import type { Problem } from '../problems';

const load = (path: string, value: unknown, kind: 'facilities' | 'violations' | 'sources') => loadFile(rawFile(path, value), kind);

describe('schema version 2: facilities', () => {
  it('reads a linked place, a doubtful point and a confirmation', () => {
    const { records, problems } = load(
      'facilities.geojson',
      collection([
        facility({
          role: 'linked',
          linkedKind: 'hospital',
          locationDoubt: { reason: { en: 'The point lies in another province.', ko: '좌표가 다른 도에 있다.' } },
          confirmation: { status: 'unconfirmed', sourceId: 'SYNTHETIC-source' },
        }),
      ]),
      'facilities',
    );
    expect(problems).toEqual([]);
    expect(records.facilities?.[0]).toMatchObject({
      role: 'linked',
      linkedKind: 'hospital',
      locationDoubt: { reason: { en: 'The point lies in another province.' } },
      confirmation: { status: 'unconfirmed', sourceId: 'SYNTHETIC-source' },
    });
  });

  it('requires what a linked place is', () => {
    expect(summaries(load('facilities.geojson', collection([facility({ role: 'linked' })]), 'facilities').problems)).toEqual([
      'error field.missing SYNTHETIC-facility',
    ]);
  });

  it('leaves out a confirmation with a status it does not know, keeping the facility', () => {
    const { records, problems } = load('facilities.geojson', collection([facility({ confirmation: { status: 'maybe' } })]), 'facilities');
    expect(summaries(problems)).toEqual(['error enum.invalid SYNTHETIC-facility']);
    expect(records.facilities?.[0]?.confirmation).toBeUndefined();
  });

  it('reports a confirming source that is not in sources.json', () => {
    const facilities = load('facilities.geojson', collection([facility({ confirmation: { status: 'confirmed', sourceId: 'SYNTHETIC-nowhere' } })]), 'facilities');
    const sources = load('sources.json', sourcesFile(), 'sources');
    expect(summaries(assembleDataset([facilities, sources]).problems)).toEqual(['error ref.source SYNTHETIC-facility']);
  });

  it.each([
    [[129.5, 95], 'latitude'],
    [[190, 42], 'longitude'],
  ])('makes a point off the Earth (%j) an error naming the record', (coordinates, _axis) => {
    const { problems } = load('facilities.geojson', collection([facility({}, { type: 'Point', coordinates })]), 'facilities');
    expect(summaries(problems)).toEqual(['error coordinate.range SYNTHETIC-facility']);
  });

  it('keeps the swapped-coordinates hint for a point off the Earth', () => {
    const { problems } = load('facilities.geojson', collection([facility({}, { type: 'Point', coordinates: [42, 129.5] })]), 'facilities');
    expect(problems[0]?.hint).toContain('look swapped');
  });
});

describe('schema version 2: source references and sources', () => {
  it('keeps a database\'s fields apart from a quote, and a doubtful link with its reason', () => {
    const ref = { sourceId: 'SYNTHETIC-source', fields: { type: 'Detention Centre' }, doubt: { en: 'May describe another facility.' } };
    const { records, problems } = load('facilities.geojson', collection([facility({ sources: [ref] })]), 'facilities');
    expect(problems).toEqual([]);
    expect(records.facilities?.[0]?.sources[0]).toEqual(ref);
  });

  it('reads a capture, a licence, a hash and a note', () => {
    const capture = { by: 'SYNTHETIC third party', at: '2026-10-01T15:59:49Z', repository: 'https://example.org/repo', commit: 'b094dd6' };
    const sha256 = 'a'.repeat(64);
    const { records, problems } = load('sources.json', sourcesFile([source({ capture, license: 'CC BY 4.0', sha256, note: { en: 'SYNTHETIC' } })]), 'sources');
    expect(problems).toEqual([]);
    expect(records.sources?.[0]).toMatchObject({ capture, license: 'CC BY 4.0', sha256 });
  });

  it('leaves out a capture that does not say who took it', () => {
    const { records, problems } = load('sources.json', sourcesFile([source({ capture: { at: '2026-10-01' } })]), 'sources');
    expect(summaries(problems)).toEqual(['error field.missing SYNTHETIC-source']);
    expect(records.sources?.[0]?.capture).toBeUndefined();
  });
});

describe('schema version 2: violations', () => {
  const loadViolation = (overrides: Record<string, unknown>) => load('violations.geojson', collection([violation(overrides)]), 'violations');

  it.each([
    [{ from: '1990', to: '1999', precision: 'decade' }],
    [{ precision: 'unknown' }],
    [{ from: '2019-01', precision: 'month' }],
  ])('accepts the date %j', (date) => {
    expect(loadViolation({ date }).problems).toEqual([]);
  });

  it.each([
    [{ from: '1995', to: '2004', precision: 'decade' }],
    [{ from: '1990', precision: 'unknown' }],
    [{ from: '2019', precision: 'day' }],
  ])('rejects the date %j whose precision does not fit', (date) => {
    expect(summaries(loadViolation({ date }).problems)).toEqual(['error date.precision SYNTHETIC-violation']);
  });

  it('warns about a scheme it does not know, keeping its codes', () => {
    const classification = { scheme: 'SYNTHETIC-scheme', codes: { rights: ['a'] } };
    const { records, problems } = loadViolation({ classification });
    expect(summaries(problems)).toEqual(['warning classification.scheme SYNTHETIC-violation']);
    expect(records.violations?.[0]?.classification).toEqual(classification);
  });
});

describe('classification against a vocabulary', () => {
  const scheme: ClassificationScheme = { id: 'SYNTHETIC-scheme', facets: { rights: ['torture', 'detention'], decade: ['1990s'] } };

  it('keeps known codes and reports each unknown code and facet', () => {
    const problems: Problem[] = [];
    const checked = checkClassification(
      'SYNTHETIC-violation',
      { scheme: 'SYNTHETIC-scheme', codes: { rights: ['torture', 'flogging'], decade: ['1990s'], colour: ['red'] } },
      createReporter('violations.geojson', problems),
      [scheme],
    );
    expect(checked).toEqual({ scheme: 'SYNTHETIC-scheme', codes: { rights: ['torture'], decade: ['1990s'] } });
    expect(summaries(problems)).toEqual(['error classification.code SYNTHETIC-violation', 'error classification.facet SYNTHETIC-violation']);
    expect(problems[0]?.message).toContain('"flogging"');
  });
});
