import { describe, expect, it } from 'vitest';
import { planFacility, rowPlan } from '../../../tests/fixtures/syntheticPlan';
import { planParts } from './planParts';
import { planToScene } from './planToScene';

describe('planParts', () => {
  it('lists the site, the building, every opening and every fixture, and no room', () => {
    const parts = planParts(planToScene(rowPlan({ rooms: 2, barredFronts: true }), planFacility()));
    expect(parts.map((part) => [part.kind, part.element.id])).toEqual([
      ['site', 'SYNTHETIC-site'],
      ['building', 'SYNTHETIC-building'],
      ['opening', 'SYNTHETIC-door-0'],
      ['opening', 'SYNTHETIC-bars-0'],
      ['opening', 'SYNTHETIC-door-1'],
      ['opening', 'SYNTHETIC-bars-1'],
      ['fixture', 'SYNTHETIC-toilet-0'],
      ['fixture', 'SYNTHETIC-toilet-1'],
    ]);
  });

  it('keeps what each part is, its room and what it rests on', () => {
    const parts = planParts(planToScene(rowPlan({ rooms: 1, barredFronts: true }), planFacility()));
    expect(parts.find((part) => part.element.id === 'SYNTHETIC-bars-0')).toMatchObject({
      type: 'bars',
      roomId: 'SYNTHETIC-cell-0',
      element: { confidence: 'single_source', sources: [{ sourceId: 'SYNTHETIC-source' }] },
    });
    expect(parts.find((part) => part.element.id === 'SYNTHETIC-toilet-0')).toMatchObject({ type: 'toilet_hole', roomId: 'SYNTHETIC-cell-0' });
  });
});
