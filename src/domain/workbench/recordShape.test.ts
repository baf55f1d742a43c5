import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { appStyleWork, APP_FACILITY_A } from '../../../tests/fixtures/appStyleWorks';
import { newPlanFeature, newViolation } from './newRecords';
import { emptyWork } from './changes';
import { brokenRecords, recordShapeProblems, withoutBrokenRecords } from './recordShape';

const work = deepFreeze(appStyleWork(APP_FACILITY_A, 0, 'A'));
const AT = '2026-11-22T10:00:00.000Z';

describe('record shapes', () => {
  it('passes every record the app makes, unfinished ones included', () => {
    const fresh = emptyWork(APP_FACILITY_A, AT);
    const square = { type: 'Polygon' as const, coordinates: [[[0, 0], [0, 1], [1, 1], [0, 0]]] };
    expect(recordShapeProblems('features', newPlanFeature(fresh, 'room', square))).toEqual([]);
    expect(recordShapeProblems('violations', newViolation(fresh, { type: 'Point', coordinates: [0, 0.5] }))).toEqual([]);
    expect(brokenRecords(work)).toEqual([]);
  });

  it('names the field of a record the app could not show, and what it expected', () => {
    const [building] = work.features;
    expect(recordShapeProblems('sources', { id: 'SYNTHETIC-s', kind: 'report', title: { en: 'x' }, visibility: 'public' })).toEqual(['title is {"en":"x"}, expected text']);
    expect(recordShapeProblems('sources', { id: 'SYNTHETIC-s', kind: 'report', title: 'x', visibility: 'RESTRICTED' })).toEqual(['visibility is "RESTRICTED", expected one of public, restricted']);
    expect(recordShapeProblems('features', { ...building, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, null]]] } })).toEqual(['geometry.coordinates is [1,null], expected [lon, lat]']);
    expect(recordShapeProblems('features', { ...building, name: 'SYNTHETIC' })).toEqual(['name is "SYNTHETIC", expected an object']);
    expect(recordShapeProblems('violations', { ...work.violations[0], location: [129, 'north'] })).toEqual(['location is [129,"north"], expected [lon, lat]']);
    expect(recordShapeProblems('diagrams', { ...work.diagrams[0], opacity: 2 })).toEqual(['opacity is 2, expected 0 to 1']);
    expect(recordShapeProblems('features', null)).toEqual(['the record is null, expected an object']);
  });

  it('finds repeated ids and records of another facility in a work', () => {
    const [violation] = work.violations;
    const mixed = { ...work, sources: [...work.sources, work.sources[0]!], violations: [{ ...violation!, facilityId: 'SYNTHETIC-other' }] };
    expect(brokenRecords(mixed).map((record) => [record.collection, record.index, record.problems[0]])).toEqual([
      ['violations', 0, 'facilityId is "SYNTHETIC-other", but the record is in the work of "SYNTHETIC-app-facility-a"'],
      ['sources', work.sources.length, `id "${work.sources[0]!.id}" is used twice in sources`],
    ]);
  });

  it('leaves broken records out of a work, keeping the rest in order', () => {
    const broken = { ...work, sources: [{ id: 'SYNTHETIC-bad', title: 3 }, ...work.sources] } as never;
    const { work: kept, refused } = withoutBrokenRecords(broken);
    expect(kept.sources).toEqual(work.sources);
    expect(refused).toMatchObject([{ collection: 'sources', index: 0, id: 'SYNTHETIC-bad' }]);
  });
});

describe('record shapes of contract 2', () => {
  it("passes contract 2's optional fields and names a malformed one", () => {
    const [violation] = work.violations;
    const [source] = work.sources;
    const classified = { ...violation, date: { from: '1990', to: '1999', precision: 'decade' }, classification: { scheme: 'SYNTHETIC-scheme', codes: { rights: ['a', 'b'] } } };
    expect(recordShapeProblems('violations', classified)).toEqual([]);
    expect(recordShapeProblems('violations', { ...classified, classification: { scheme: 'SYNTHETIC-scheme', codes: { rights: 'a' } } })).toEqual(['classification has codes is {"rights":"a"}, expected lists of codes']);
    const provenance = { ...source, capture: { by: 'SYNTHETIC', at: '2026-10-01' }, license: 'CC-BY-4.0', note: { en: 'SYNTHETIC' } };
    expect(recordShapeProblems('sources', provenance)).toEqual([]);
    expect(recordShapeProblems('sources', { ...provenance, capture: { by: 3, at: '2026' } })).toEqual(['capture has by is 3, expected text']);
    expect(recordShapeProblems('features', { ...work.features[0], sources: [{ sourceId: 's', fields: { type: 'Detention Centre' }, doubt: { en: 'SYNTHETIC' } }] })).toEqual([]);
  });
});
