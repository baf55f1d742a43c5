import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { MalformedInputError } from './importIssue';
import { provincesFromOcha } from './provincesFromOcha';

const square = { type: 'Polygon', coordinates: [[[127, 40], [128, 40], [128, 41], [127, 40]]] };

function ochaFile(properties: Record<string, unknown>) {
  return deepFreeze({ type: 'FeatureCollection', features: [{ type: 'Feature', properties, geometry: square }] });
}

describe('provincesFromOcha', () => {
  it('keeps the name as published, the pcode and area, and the geometry unchanged', () => {
    const source = ochaFile({ adm1_name: 'Jagang', adm1_name1: null, adm1_pcode: 'KP05', area_sqkm: 16725.1 });
    expect(provincesFromOcha(source, 'p').features).toEqual([
      { type: 'Feature', properties: { name: 'Jagang', pcode: 'KP05', areaSqKm: 16725.1 }, geometry: square },
    ]);
  });

  it('carries the attribution, licence and sources at file level', () => {
    const file = provincesFromOcha(ochaFile({ adm1_name: 'Kangwon', adm1_pcode: 'KP04' }), 'p');
    expect(file).toMatchObject({ attribution: 'UN OCHA, COD-AB', license: 'CC BY-IGO' });
    expect(file.sources.map((source) => source.publisher)).toEqual(['OCHA ROAP', 'OCHA ROAP']);
    expect(file.sources[1]?.url).toContain('Ahmet-Dedeler/free-north-korea');
    expect(file.sources[1]?.capture).toMatchObject({ repository: 'https://github.com/Ahmet-Dedeler/free-north-korea', path: 'data/raw/admin/admin1.geojson' });
  });

  it('throws MalformedInputError for a feature without adm1_name', () => {
    expect(() => provincesFromOcha(ochaFile({ adm1_pcode: 'KP04' }), 'p.geojson')).toThrow(MalformedInputError);
  });
});
