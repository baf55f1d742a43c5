import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PROVINCE_ATTRIBUTION } from './provinceAttribution';

describe('the province attribution an export from the map carries', () => {
  it("is the bundled provinces.geojson's own", () => {
    const file = JSON.parse(readFileSync('data/geojson/provinces.geojson', 'utf8')) as { attribution: string; license: string };
    expect(BUNDLED_PROVINCE_ATTRIBUTION).toEqual({ attribution: file.attribution, license: file.license });
  });
});
