import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { Province } from '../../domain/types';
import { box } from '../../../tests/fixtures/datasetFactory';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { makeFacility } from '../../../tests/fixtures/facilityFactory';
import {
  PROVINCE_ATTRIBUTION,
  PROVINCE_FILL_LAYER,
  PROVINCE_LABEL_SOURCE,
  PROVINCE_SOURCE,
  changedCounts,
  provinceLabelFeatures,
  provinceLayers,
  provinceShapes,
  provinceSource,
  sameLabels,
  unlocatedByPcode,
  unlocatedByProvince,
} from './provinceLayers';

/** Boundary (COD-AB) names, as the bundled provinces.geojson spells them. */
const PROVINCES: readonly Province[] = deepFreeze([
  { name: 'North Hamgyong', pcode: 'KP02-SYNTHETIC', geometry: box(129, 41.5, 130, 42.5) },
  { name: 'Ryanggang', pcode: 'KP01-SYNTHETIC', geometry: box(128, 41.5, 129, 42.5) },
  { name: 'Jagang', pcode: 'KP05-SYNTHETIC', geometry: box(126, 40.5, 128, 41.5) },
]);

function unlocatedIn(province: string, index: number) {
  return makeFacility({ id: `SYNTHETIC-${province}-${index}`, province, precision: 'province', location: null });
}

const FACILITIES = deepFreeze([
  unlocatedIn('North Hamgyong', 1),
  unlocatedIn('North Hamgyong', 2),
  unlocatedIn('Rason', 1),
  unlocatedIn('Chagang', 1),
  makeFacility({ id: 'SYNTHETIC-located', province: 'Ryanggang', location: [128.5, 42.0] }),
]);

const SHAPES = deepFreeze(provinceShapes(PROVINCES));

describe('unlocated facilities per province', () => {
  it('count only facilities without a location', () => {
    expect(unlocatedByProvince([makeFacility({ id: 'SYNTHETIC-located' })]).size).toBe(0);
  });

  it('count the register\'s Chagang on the boundaries\' Jagang', () => {
    expect(unlocatedByProvince([unlocatedIn('Chagang', 1)])).toEqual(new Map([['Jagang', 1]]));
  });

  it('count Rason, which has no polygon of its own, on North Hamgyong', () => {
    expect(unlocatedByProvince([unlocatedIn('Rason', 1), unlocatedIn('North Hamgyong', 1)])).toEqual(new Map([['North Hamgyong', 2]]));
  });

  it('give each province polygon its count by pcode, and zero where none is unlocated', () => {
    expect(unlocatedByPcode(SHAPES, FACILITIES)).toEqual(
      new Map([
        ['KP02-SYNTHETIC', 3],
        ['KP01-SYNTHETIC', 0],
        ['KP05-SYNTHETIC', 1],
      ]),
    );
  });

  it('keep each province\'s name, pcode and shape', () => {
    const [first] = SHAPES.features;
    expect(first).toMatchObject({ geometry: PROVINCES[0]?.geometry, properties: { name: 'North Hamgyong', pcode: 'KP02-SYNTHETIC' } });
  });
});

describe('province labels', () => {
  const labels = () => provinceLabelFeatures(SHAPES, unlocatedByPcode(SHAPES, FACILITIES), (name) => `«${name}»`);

  it('show the translated register name with the unlocated count below it, or the name alone', () => {
    expect(labels().features.map((feature) => feature.properties.label)).toEqual(['«North Hamgyong»\n(3)', '«Ryanggang»', '«Chagang»\n(1)']);
  });

  it('stand inside their province', () => {
    const inside = labels().features.map((label, index) => booleanPointInPolygon(label.geometry, PROVINCES[index]?.geometry ?? box(0, 0, 0, 0)));
    expect(inside).toEqual([true, true, true]);
  });
});

describe('what a filter change sends the map of the provinces', () => {
  const withoutRason = FACILITIES.filter((facility) => facility.province !== 'Rason');
  const labelsOf = (facilities: typeof FACILITIES) => provinceLabelFeatures(SHAPES, unlocatedByPcode(SHAPES, facilities), (name) => name);

  it('no new labels when every count is as it was, even in a new collection', () => {
    expect(sameLabels(labelsOf(FACILITIES), labelsOf([...FACILITIES, makeFacility({ id: 'SYNTHETIC-located-2', location: [128.6, 42.1] })]))).toBe(true);
  });

  it('new labels when a count changes', () => {
    expect(sameLabels(labelsOf(FACILITIES), labelsOf(withoutRason))).toBe(false);
  });

  it('the counts of the provinces whose count changed, with the new count, and no others', () => {
    expect(changedCounts(unlocatedByPcode(SHAPES, FACILITIES), unlocatedByPcode(SHAPES, withoutRason))).toEqual([['KP02-SYNTHETIC', 2]]);
    expect(changedCounts(unlocatedByPcode(SHAPES, FACILITIES), unlocatedByPcode(SHAPES, FACILITIES))).toEqual([]);
  });
});

describe('province layers', () => {
  it('credit UN OCHA COD-AB on the boundaries\' source, as CC BY-IGO requires', () => {
    expect(provinceSource({ type: 'FeatureCollection', features: [] }).attribution).toBe(PROVINCE_ATTRIBUTION);
  });

  it('identify each province by its pcode, which the counts are given by', () => {
    expect(provinceSource({ type: 'FeatureCollection', features: [] }).promoteId).toBe('pcode');
  });

  it('credit what the bundled boundary file itself asks for, with its licence', () => {
    const file = JSON.parse(readFileSync('data/geojson/provinces.geojson', 'utf8')) as { attribution: string; license: string };
    expect([file.attribution, file.license]).toEqual(['UN OCHA, COD-AB', 'CC BY-IGO']);
    expect(PROVINCE_ATTRIBUTION).toContain(file.attribution);
    expect(PROVINCE_ATTRIBUTION).toContain(file.license);
  });

  it('shade provinces by their unlocated count (feature-state), outline them and label them from the label points', () => {
    const [fill, line, label] = provinceLayers();
    expect(fill).toMatchObject({
      id: PROVINCE_FILL_LAYER,
      type: 'fill',
      source: PROVINCE_SOURCE,
      paint: { 'fill-color': expect.arrayContaining([['coalesce', ['feature-state', 'unlocated'], 0]]) },
    });
    expect(line).toMatchObject({ type: 'line', source: PROVINCE_SOURCE });
    expect(label).toMatchObject({ type: 'symbol', source: PROVINCE_LABEL_SOURCE, layout: { 'text-field': ['get', 'label'] } });
  });
});
