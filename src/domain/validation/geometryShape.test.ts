import { describe, expect, it } from 'vitest';
import { offset, rectangle } from '../../../tests/fixtures/datasetFactory';
import { readGeometry } from './geometryShape';

function faultCodes(geometry: unknown, allowed: readonly ('Point' | 'LineString' | 'Polygon' | 'MultiPolygon')[] = ['Polygon']) {
  const result = readGeometry(geometry, allowed, 'a SYNTHETIC shape');
  return 'faults' in result ? result.faults.map((fault) => fault.code) : [];
}

describe('readGeometry', () => {
  it('accepts a closed simple polygon', () => {
    expect(faultCodes(rectangle(0, 0, 10, 10))).toEqual([]);
  });

  it('reports a ring whose last position is not its first', () => {
    const open = { type: 'Polygon', coordinates: [[offset(0, 0), offset(10, 0), offset(10, 10), offset(0, 10)]] };
    expect(faultCodes(open)).toEqual(['ring.notClosed']);
  });

  it('reports a bow-tie ring that crosses itself', () => {
    const bowTie = { type: 'Polygon', coordinates: [[offset(0, 0), offset(10, 10), offset(10, 0), offset(0, 10), offset(0, 0)]] };
    expect(faultCodes(bowTie)).toEqual(['ring.selfIntersection']);
  });

  it('reports a ring of too few positions as invalid GeoJSON', () => {
    expect(faultCodes({ type: 'Polygon', coordinates: [[offset(0, 0), offset(1, 0), offset(0, 0)]] })).toEqual(['geojson.invalid']);
  });

  it('reports an empty ring as invalid GeoJSON instead of failing', () => {
    expect(faultCodes({ type: 'Polygon', coordinates: [[]] })).toEqual(['geojson.invalid']);
  });

  it('reports a polygon without rings as invalid GeoJSON', () => {
    expect(faultCodes({ type: 'Polygon', coordinates: [] })).toEqual(['geojson.invalid']);
  });

  it('reports a type GeoJSON does not know as invalid GeoJSON', () => {
    expect(faultCodes({ type: 'Circle', coordinates: [129, 42] }, ['Point'])).toEqual(['geojson.invalid']);
  });

  it('reports a coordinate written as text', () => {
    expect(faultCodes({ type: 'Point', coordinates: [129.5, '42'] }, ['Point'])).toEqual(['number.notNumber']);
  });
});
