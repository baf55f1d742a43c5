import { describe, expect, it } from 'vitest';
import { coordinatesIn, indexCoordinates } from '../e2e/support/coordinateSearch';

const HOUSE = { label: 'SYNTHETIC house', lat: 41.37777777777778, lng: 128.37777777777777 };
const find = (text: string) => coordinatesIn(indexCoordinates(text), HOUSE);

describe('finding a point written in a text', () => {
  it('finds it as written, in a pretty-printed GeoJSON pair', () => {
    expect(find('"coordinates": [\n  128.37777777777777,\n  41.37777777777778\n]')).toContain('41.37777777777778, 128.37777777777777');
  });

  it('finds it rounded to 4, 5 or 6 decimals, or as the start of a nearby number, in a minified array', () => {
    expect(find('[128.3778,41.3778]')).toEqual(['41.3778, 128.3778']);
    expect(find('e=[128.37778,41.37778]')).toContain('41.37778, 128.37778');
    expect(find('{lng:128.377778,lat:41.377778}')).toContain('41.377778, 128.377778');
    expect(find('[128.377812,41.377801]')).toEqual(['41.3778, 128.3778']);
  });

  it('does not take a latitude and a longitude far apart in the text for a pair, nor other numbers', () => {
    expect(find(`41.3778 ${'x'.repeat(500)} 128.3778`)).toEqual([]);
    expect(find('[128.3779,41.3778] [129.3778,41.3778]')).toEqual([]);
  });
});
