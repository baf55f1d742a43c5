import { pointToPolygonDistance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { box } from '../../../tests/fixtures/datasetFactory';
import { distanceToOutlineKm } from './distanceToOutline';

describe('distanceToOutlineKm', () => {
  const square = box(129, 41.5, 130, 42.5);

  it('measures north of an edge along a parallel: 0.015° of latitude is 1.67 km', () => {
    expect(distanceToOutlineKm([129.5, 42.515], square)).toBeCloseTo(1.6698, 3);
  });

  it('measures east of an edge along a meridian: 0.01° of longitude at 42° N is 0.83 km', () => {
    expect(distanceToOutlineKm([130.01, 42], square)).toBeCloseTo(0.8273, 3);
  });

  it('agrees with the geodesic distance to short edges, as boundary files have', () => {
    const small = box(129.5, 42, 129.51, 42.01);
    const point = [129.512, 42.011];
    expect(distanceToOutlineKm(point, small)).toBeCloseTo(pointToPolygonDistance(point, small, { units: 'kilometers' }), 3);
  });

  it('measures a point inside by its distance to the nearest edge', () => {
    expect(distanceToOutlineKm([129.5, 42.49], square)).toBeCloseTo(1.1132, 3);
  });

  it('measures to the nearest polygon of a multipolygon', () => {
    const pair = { type: 'MultiPolygon' as const, coordinates: [box(120, 40, 121, 41).coordinates, square.coordinates] };
    expect(distanceToOutlineKm([130.01, 42], pair)).toBeCloseTo(0.8273, 3);
  });
});
