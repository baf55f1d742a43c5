import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { offset, rectangle } from '../../../tests/fixtures/datasetFactory';
import { applyChange, emptyWork } from './changes';
import { pastedFeatures, plainGeoJson } from './plainGeoJson';
import type { FacilityWork } from './workTypes';

const AT = '2026-11-22T10:00:00.000Z';
const empty = deepFreeze(emptyWork('SYNTHETIC-facility', AT));
const paste = (work: FacilityWork, value: unknown, kind?: 'building') => pastedFeatures(work, JSON.stringify(value), kind);
const applied = (work: FacilityWork, value: unknown) => {
  const { change } = paste(work, value);
  if (!change) throw new Error('nothing pasted');
  return deepFreeze(applyChange(work, change, AT).work);
};

describe('pasting plain GeoJSON', () => {
  it('turns a bare polygon into a room, illustrative with its basis still to give, as one undoable step', () => {
    const result = paste(empty, rectangle(0, 0, 12, 8));
    expect(result.added).toEqual(['room-1']);
    const work = applied(empty, rectangle(0, 0, 12, 8));
    expect(work.features[0]).toMatchObject({ id: 'room-1', kind: 'room', confidence: 'illustrative', basis: '', sources: [] });
    expect(result.change && applyChange(work, applyChange(empty, result.change, AT).inverse, AT).work.features).toEqual([]);
  });

  it('keeps a feature’s kind, id and fields when they fit, and a plain name', () => {
    const work = applied(empty, {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: rectangle(0, 0, 30, 20), properties: { kind: 'building', id: 'SYNTHETIC-block', name: 'SYNTHETIC block', levels: 2 } },
        { type: 'Feature', geometry: { type: 'LineString', coordinates: [offset(0, 0), offset(2, 0)] }, properties: {} },
      ],
    });
    expect(work.features.map((feature) => [feature.id, feature.kind])).toEqual([['SYNTHETIC-block', 'building'], ['opening-1', 'opening']]);
    expect(work.features[0]).toMatchObject({ name: { en: 'SYNTHETIC block' }, levels: 2 });
  });

  it('refuses what the record checks refuse, naming the feature, and keeps the rest', () => {
    const result = paste(empty, {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: rectangle(0, 0, 5, 5), properties: { kind: 'room', use: 'dungeon' } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [200, 95] }, properties: {} },
        { type: 'Feature', geometry: rectangle(5, 0, 10, 5), properties: {} },
      ],
    });
    expect(result.added).toEqual(['room-1']);
    expect(result.refused.map((item) => item.number)).toEqual([1, 2]);
    expect(result.refused[0]?.reasons.join(' ')).toContain('use');
  });

  it('says when the text is not JSON or not GeoJSON', () => {
    expect(pastedFeatures(empty, '{not json').error).toBe('json');
    expect(paste(empty, { hello: 'world' }).error).toBe('geojson');
  });
});

describe('downloading the work as plain GeoJSON', () => {
  it('round-trips the shapes and their fields, leaving the source references out', () => {
    const drawn = applied(empty, { type: 'Feature', geometry: rectangle(0, 0, 30, 20), properties: { kind: 'building', name: 'SYNTHETIC block' } });
    const cited = deepFreeze({ ...drawn, features: drawn.features.map((feature) => ({ ...feature, sources: [{ sourceId: 'SYNTHETIC-interview', quote: 'SYNTHETIC words' }] })) });
    const download = plainGeoJson(cited);
    expect(JSON.stringify(download)).not.toContain('SYNTHETIC words');
    expect(download.features[0]?.properties).toMatchObject({ kind: 'building', name: { en: 'SYNTHETIC block' }, sourcesCited: 1 });
    const again = applied(empty, download);
    expect(again.features).toEqual(drawn.features);
  });
});
