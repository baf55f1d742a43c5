import { describe, expect, it } from 'vitest';
import { importInput, problemCodes } from '../../../../tests/fixtures/formatsFixtures';
import { readGeojsonText } from './geojsonReader';

/** A layer saved from QGIS: its own property names, a CRS84 member, one feature without geometry. */
const QGIS_LAYER = JSON.stringify({
  type: 'FeatureCollection',
  name: 'SYNTHETIC_sites',
  crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
  features: [
    { type: 'Feature', properties: { fid: 1, Site_Name: 'SYNTHETIC site', 한글명: '합성 시설', Kind: 'Labour Training Camp', Prov: 'North Hamgyong' }, geometry: { type: 'Point', coordinates: [129.5, 42.0] } },
    { type: 'Feature', properties: { fid: 2, Site_Name: 'SYNTHETIC unplaced', Prov: 'Ryanggang' }, geometry: null },
  ],
});

describe('GeoJSON', () => {
  it('flattens properties into cells and takes the point from the geometry', () => {
    const { rows, problems } = readGeojsonText(QGIS_LAYER, 'sites.geojson');
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.where, row.point, row.cells.Site_Name])).toEqual([
      ['feature 1', [129.5, 42.0], 'SYNTHETIC site'],
      ['feature 2', null, 'SYNTHETIC unplaced'],
    ]);
  });

  it('needs the mapping for arbitrary names: the English name by --map, the Korean one by its Korean column name', async () => {
    const result = await importInput('sites.geojson', QGIS_LAYER);
    expect(result.mappingUsed).toMatchObject({ 'name.ko': '한글명' });
    expect(result.mappingUsed['name.en']).toBeUndefined();
  });

  it('refuses coordinates in another reference system, naming it', () => {
    const projected = JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::5179' } }, features: [] });
    const { problems } = readGeojsonText(projected, 'projected.geojson');
    expect(problems.map((problem) => problem.message)).toEqual(['The coordinates are in urn:ogc:def:crs:EPSG::5179, not longitude/latitude (WGS84).']);
  });

  it('reads a single Feature (as geojson.io saves one)', () => {
    const { rows } = readGeojsonText(JSON.stringify({ type: 'Feature', properties: { name: 'SYNTHETIC' }, geometry: { type: 'Point', coordinates: [129, 42] } }), 'one.geojson');
    expect(rows).toHaveLength(1);
  });

  it('reports a point off the Earth on its feature', () => {
    const off = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'x' }, geometry: { type: 'Point', coordinates: [42, 129] } }] });
    expect(readGeojsonText(off, 'off.geojson').rows[0]?.geometryProblem).toContain('look swapped');
  });

  it('says when JSON is neither GeoJSON nor Uwazi', async () => {
    const result = await importInput('other.json', '{"hello": "world"}');
    expect(problemCodes(result)).toEqual(['-: json.unknown']);
  });

  it('reports a syntax error as the dataset loader does', async () => {
    const result = await importInput('broken.geojson', '{"type": "FeatureCollection",\n "features": [,]}');
    expect(result.problems[0]).toMatchObject({ code: 'json.invalid', message: expect.stringContaining('not valid JSON'), file: 'broken.geojson' });
  });
});
