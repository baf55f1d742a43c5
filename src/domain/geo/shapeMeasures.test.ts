import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { offset, rectangle } from '../../../tests/fixtures/datasetFactory';
import { shapeMeasures } from './shapeMeasures';

describe('what a drawn shape measures', () => {
  it('gives a 12 m × 8 m room its area, perimeter and four sides', () => {
    const measures = shapeMeasures(deepFreeze(rectangle(0, 0, 12, 8)));
    expect(measures?.areaM2).toBeCloseTo(96, 0);
    expect(measures?.lengthM).toBeCloseTo(40, 0);
    expect(measures?.sidesM.map(Math.round)).toEqual([12, 8, 12, 8]);
  });

  it('gives a line its length and no area', () => {
    const measures = shapeMeasures(deepFreeze({ type: 'LineString', coordinates: [offset(0, 0), offset(3, 0), offset(3, 4)] }));
    expect(measures?.areaM2).toBeUndefined();
    expect(measures?.lengthM).toBeCloseTo(7, 1);
  });

  it('has nothing to say of a point or a polygon still being started', () => {
    expect(shapeMeasures({ type: 'Point', coordinates: offset(0, 0) })).toBeNull();
    expect(shapeMeasures({ type: 'Polygon', coordinates: [[offset(0, 0), offset(1, 0), offset(0, 0)]] })).toBeNull();
  });
});
