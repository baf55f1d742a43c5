import { describe, expect, it } from 'vitest';
import { FACILITY_TYPES } from '../../domain/enums';
import { markerImageName, shapeOutline, TYPE_STYLES } from './typeStyles';

describe('type styles', () => {
  it('give every type its own shape', () => {
    const shapes = FACILITY_TYPES.map((type) => TYPE_STYLES[type].shape);
    expect(new Set(shapes).size).toBe(FACILITY_TYPES.length);
  });

  it('give every type its own colour', () => {
    const colours = FACILITY_TYPES.map((type) => TYPE_STYLES[type].colour.toLowerCase());
    expect(new Set(colours).size).toBe(FACILITY_TYPES.length);
  });

  it('name a distinct image for approximate points', () => {
    expect(markerImageName('office', 'site')).not.toBe(markerImageName('office', 'approximate'));
  });

  it('keep polygon outlines inside the drawing box', () => {
    for (const type of FACILITY_TYPES) {
      const outline = shapeOutline(TYPE_STYLES[type].shape) ?? [];
      expect(outline.every(([x, y]) => Math.abs(x) <= 1.2 && Math.abs(y) <= 1.2)).toBe(true);
    }
  });
});
