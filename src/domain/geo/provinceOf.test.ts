import { describe, expect, it } from 'vitest';
import { box } from '../../../tests/fixtures/datasetFactory';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import type { Province } from '../types';
import { provinceOf } from './provinceOf';

const METRES_PER_DEGREE_AT_42N = 111_320 * Math.cos((42 * Math.PI) / 180);

const provinces: Province[] = deepFreeze([
  { name: 'West', pcode: 'SYNTHETIC-1', geometry: box(128, 41.5, 129, 42.5) },
  { name: 'East', pcode: 'SYNTHETIC-2', geometry: box(129, 41.5, 130, 42.5) },
]);

describe('provinceOf', () => {
  it('names the province a point lies in, at distance 0', () => {
    expect(provinceOf([129.5, 42], provinces)).toEqual({ name: 'East', distanceKm: 0 });
  });

  it('assigns a point 30 m off the coast to the nearest province', () => {
    const match = provinceOf([130 + 30 / METRES_PER_DEGREE_AT_42N, 42], provinces);
    expect(match?.name).toBe('East');
    expect(match?.distanceKm).toBeCloseTo(0.03, 2);
  });

  it('assigns no province to a point more than 2 km outside every polygon', () => {
    expect(provinceOf([130 + 2500 / METRES_PER_DEGREE_AT_42N, 42], provinces)).toBeNull();
  });

  it('takes a custom distance for the nearest province', () => {
    expect(provinceOf([130 + 2500 / METRES_PER_DEGREE_AT_42N, 42], provinces, 3)?.name).toBe('East');
  });

  it('finds nothing among no provinces', () => {
    expect(provinceOf([129.5, 42], [])).toBeNull();
  });
});
