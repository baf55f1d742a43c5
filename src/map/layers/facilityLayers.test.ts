import { describe, expect, it } from 'vitest';
import { makeFacility } from '../../../tests/fixtures/facilityFactory';
import {
  FACILITY_CLUSTER_LAYER,
  FACILITY_DOUBT_LAYER,
  FACILITY_IMPORTED_LAYER,
  FACILITY_POINT_LAYER,
  FACILITY_SELECTED_LAYER,
  FACILITY_SOURCE,
  FACILITY_UNCONFIRMED_LAYER,
  facilityFeatures,
  facilityHoverNames,
  facilityLayers,
  selectedFilter,
} from './facilityLayers';
import { DOUBTFUL_BADGE, IMPORTED_BADGE, LINKED_MARKER, UNCONFIRMED_BADGE } from '../icons/rasterBadges';

const located = makeFacility({ id: 'SYNTHETIC-located', name: { en: 'SYNTHETIC camp', ko: '합성 수용소' }, location: [129.1, 41.9] });
const approximate = makeFacility({ id: 'SYNTHETIC-approximate', type: 'office', precision: 'approximate', location: [127.5, 39.0] });
const unlocated = makeFacility({ id: 'SYNTHETIC-unlocated', precision: 'province', location: null });
const englishOnly = makeFacility({ id: 'SYNTHETIC-english', name: { en: 'SYNTHETIC office' }, location: [126.0, 38.9] });

function layer(id: string) {
  const found = facilityLayers(null).find((item) => item.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found;
}

describe('facility point source', () => {
  it('leaves out facilities known only by province', () => {
    const ids = facilityFeatures([located, unlocated, approximate]).features.map((feature) => feature.properties.id);
    expect(ids).toEqual(['SYNTHETIC-located', 'SYNTHETIC-approximate']);
  });

  it('puts each located facility at its position with its id and only what its layers draw by (its icon shows type and precision)', () => {
    expect(facilityFeatures([approximate]).features[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [127.5, 39.0] },
      properties: { id: 'SYNTHETIC-approximate', icon: 'facility-office-approximate', violations: 0 },
    });
  });

  it('carries each facility’s count of violations, for its ring', () => {
    const counts = facilityFeatures([located, approximate], (id) => (id === 'SYNTHETIC-approximate' ? 12 : 0)).features;
    expect(counts.map((feature) => feature.properties.violations)).toEqual([0, 12]);
  });

  it('marks the facilities imported on this device, and adds their note to the hover text', () => {
    const properties = facilityFeatures([located, approximate], undefined, (id) => id === 'SYNTHETIC-approximate').features.map((feature) => feature.properties);
    expect(properties.map(({ imported }) => imported)).toEqual([undefined, true]);
    const names = facilityHoverNames([located, approximate], 'en', (id) => (id === 'SYNTHETIC-approximate' ? 'SYNTHETIC note' : null));
    expect([...names]).toEqual([
      [located.id, located.name.en],
      [approximate.id, `${approximate.name.en} — SYNTHETIC note`],
    ]);
  });

  it('gives a linked place its own marker, and says which points are doubtful or unconfirmed', () => {
    const linked = makeFacility({ id: 'SYNTHETIC-hospital', type: 'other', role: 'linked', linkedKind: 'hospital', location: [129.2, 42.2] });
    const doubtful = makeFacility({ id: 'SYNTHETIC-doubtful', location: [128.1, 41.4], locationDoubt: { reason: { en: 'SYNTHETIC reason' } } });
    const unconfirmed = makeFacility({ id: 'SYNTHETIC-unconfirmed', location: [126.4, 40.1], confirmation: { status: 'unconfirmed' } });
    const properties = facilityFeatures([linked, doubtful, unconfirmed]).features.map((feature) => feature.properties);
    expect(properties.map(({ icon }) => icon)).toEqual([LINKED_MARKER, 'facility-detention_centre-site', 'facility-detention_centre-site']);
    expect(properties.map(({ doubtful, unconfirmed }) => [doubtful, unconfirmed])).toEqual([
      [undefined, undefined],
      [true, undefined],
      [undefined, true],
    ]);
  });

  it('gives a site point the filled image of its type and an approximate point the hollow one', () => {
    const icons = facilityFeatures([located, approximate]).features.map((feature) => feature.properties.icon);
    expect(icons).toEqual(['facility-detention_centre-site', 'facility-office-approximate']);
  });

  it('names facilities in Korean for a Korean reader, in English when no Korean name is known', () => {
    expect([...facilityHoverNames([located, englishOnly], 'ko').values()]).toEqual(['합성 수용소', 'SYNTHETIC office']);
  });

  it('names facilities in English for an English reader, and only located ones (the map draws no others)', () => {
    expect([...facilityHoverNames([located, unlocated], 'en')]).toEqual([[located.id, 'SYNTHETIC camp']]);
  });

  it('is empty when no facility is located', () => {
    expect(facilityFeatures([unlocated])).toEqual({ type: 'FeatureCollection', features: [] });
  });
});

describe('facility layers', () => {
  it('draw every layer from the clustered facility source', () => {
    expect(facilityLayers(null).every((item) => 'source' in item && item.source === FACILITY_SOURCE)).toBe(true);
  });

  it('draw clusters as circles and single facilities as their type icons, never both for one feature', () => {
    expect(layer(FACILITY_CLUSTER_LAYER)).toMatchObject({ type: 'circle', filter: ['has', 'point_count'] });
    expect(layer(FACILITY_POINT_LAYER)).toMatchObject({
      type: 'symbol',
      filter: ['!', ['has', 'point_count']],
      layout: { 'icon-image': ['get', 'icon'], 'icon-allow-overlap': true },
    });
  });

  it('ring the selected facility under its icon', () => {
    const ids = facilityLayers('SYNTHETIC-located').map((item) => item.id);
    expect(ids.indexOf(FACILITY_SELECTED_LAYER)).toBeLessThan(ids.indexOf(FACILITY_POINT_LAYER));
    expect(facilityLayers('SYNTHETIC-located').find((item) => item.id === FACILITY_SELECTED_LAYER)).toMatchObject({
      filter: ['==', ['get', 'id'], 'SYNTHETIC-located'],
    });
  });

  it('badge doubtful points, unconfirmed sites and facilities imported on this device over their markers, and fade doubtful points', () => {
    const ids = facilityLayers(null).map((item) => item.id);
    expect(ids.indexOf(FACILITY_DOUBT_LAYER)).toBeGreaterThan(ids.indexOf(FACILITY_POINT_LAYER));
    expect(layer(FACILITY_DOUBT_LAYER)).toMatchObject({
      filter: ['all', ['!', ['has', 'point_count']], ['has', 'doubtful']],
      layout: { 'icon-image': DOUBTFUL_BADGE },
    });
    expect(layer(FACILITY_UNCONFIRMED_LAYER)).toMatchObject({
      filter: ['all', ['!', ['has', 'point_count']], ['has', 'unconfirmed']],
      layout: { 'icon-image': UNCONFIRMED_BADGE },
    });
    expect(layer(FACILITY_IMPORTED_LAYER)).toMatchObject({
      filter: ['all', ['!', ['has', 'point_count']], ['has', 'imported']],
      layout: { 'icon-image': IMPORTED_BADGE },
    });
    expect(layer(FACILITY_POINT_LAYER)).toMatchObject({ paint: { 'icon-opacity': ['case', ['has', 'doubtful'], 0.6, 1] } });
  });

  it('ring nothing when no facility is selected (no id is empty)', () => {
    expect(selectedFilter(null)).toEqual(['==', ['get', 'id'], '']);
  });
});
