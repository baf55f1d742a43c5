/** Uwazi's API JSON, shaped as its source says (entities with sharedId, language, title, template, metadata). */
import { describe, expect, it } from 'vitest';
import { importInput, problemCodes, syntheticDataset } from '../../../../tests/fixtures/formatsFixtures';
import { NKPD_FACILITY_TEMPLATE, isUwaziSearch, readUwaziJson } from './uwaziJson';

const OTHER_TEMPLATE = '5ffd0000000000000000SYNT';

function entity(sharedId: string, overrides: Record<string, unknown> = {}) {
  return {
    sharedId,
    language: 'en',
    title: `SYNTHETIC entity ${sharedId}`,
    template: NKPD_FACILITY_TEMPLATE,
    metadata: {
      type: [{ value: 'SYNTHETIC-thesaurus-1', label: 'Detention Centre' }],
      province: [{ value: 'SYNTHETIC-thesaurus-2', label: 'North Hamgyong' }],
      home_geolocation: [{ value: { lat: 42.000000123, lon: 129.123456789012, label: '' } }],
    },
    ...overrides,
  };
}

describe('Uwazi API JSON', () => {
  it('recognises /api/search ({rows}) and /api/v2/search ({data, links})', () => {
    expect(isUwaziSearch({ rows: [entity('synthetica1')], totalRows: 1 })).toBe(true);
    expect(isUwaziSearch({ data: [entity('synthetica1')], links: { self: '/api/v2/search?page[limit]=30' } })).toBe(true);
    expect(isUwaziSearch({ type: 'FeatureCollection', features: [] })).toBe(false);
  });

  it("takes the point of a <property>_geolocation and the label of a select", () => {
    const { rows } = readUwaziJson({ data: [entity('synthetica1')] }, 'search.json');
    expect(rows[0]).toMatchObject({
      where: 'entity synthetica1',
      point: [129.123456789012, 42.000000123],
      cells: { sharedId: 'synthetica1', title: 'SYNTHETIC entity synthetica1', type: 'Detention Centre', home_geolocation: '42.000000123|129.123456789012' },
    });
  });

  it('takes an inherited point: {value: entity id, inheritedValue: [{value: {lat, lon}}], inheritedType: geolocation}', () => {
    const inherited = entity('synthetica2', {
      template: OTHER_TEMPLATE,
      metadata: { facility: [{ value: 'synthetica1', label: 'SYNTHETIC entity synthetica1', inheritedType: 'geolocation', inheritedValue: [{ value: { lat: 41.5, lon: 128.25, label: '' } }] }] },
    });
    const { rows } = readUwaziJson({ rows: [inherited] }, 'search.json');
    expect(rows[0]?.point).toEqual([128.25, 41.5]);
    expect(rows[0]?.cells).toMatchObject({ facility: 'SYNTHETIC entity synthetica1', 'facility.id': 'synthetica1', id: 'uwazi-synthetica2' });
  });

  it('makes one row of the same entity in two languages, the Korean title as title__ko', () => {
    const { rows } = readUwaziJson({ data: [entity('synthetica1', { language: 'ko', title: '합성 구류장' }), entity('synthetica1')] }, 'search.json');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.cells).toMatchObject({ title: 'SYNTHETIC entity synthetica1', title__ko: '합성 구류장' });
  });

  it('reports an entity without a sharedId and keeps the others', () => {
    const { rows, problems } = readUwaziJson({ data: [{ title: 'no id' }, entity('synthetica1')] }, 'search.json');
    expect(rows).toHaveLength(1);
    expect(problems.map((problem) => `${problem.where}: ${problem.code}`)).toEqual(['entity 1: uwazi.entity']);
  });

  it('imports NKPD entities under the register id (nkpd-<sharedId>), matching a facility already held by its NKPD id', async () => {
    const existing = syntheticDataset();
    const held = { ...existing, facilities: existing.facilities.map((facility) => (facility.id === 'SYNTHETIC-camp' ? { ...facility, nkpdId: 'synthetica9' } : facility)) };
    const text = JSON.stringify({ data: [entity('synthetica1'), entity('synthetica9', { title: 'SYNTHETIC camp "North", Ward 2' })], links: {} });
    const result = await importInput('search.json', text, { existing: held });
    expect(result.format).toBe('uwazi-json');
    expect(problemCodes(result)).toEqual([]);
    expect(result.records.map((record) => record.id)).toEqual(['nkpd-synthetica1', 'SYNTHETIC-camp']);
    expect(result.records[0]?.feature).toMatchObject({ geometry: { coordinates: [129.123456789012, 42.000000123] }, properties: { type: 'detention_centre', nkpdId: 'synthetica1', province: 'North Hamgyong' } });
  });
});
