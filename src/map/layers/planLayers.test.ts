import { describe, expect, it } from 'vitest';
import { PLAN_FACILITY_ID, rowPlan, withFeature } from '../../../tests/fixtures/syntheticPlan';
import { PLAN_MIN_ZOOM, PLAN_ROOM_LAYER, PLAN_SOURCE, planLayers, planRoomFeatures } from './planLayers';

function room(features: ReturnType<typeof planRoomFeatures>, roomId: string) {
  const found = features.features.find((feature) => feature.properties.roomId === roomId);
  if (!found) throw new Error(`no room ${roomId}`);
  return found;
}

describe('plan rooms on the map', () => {
  it('draw every room of the plan and nothing else (no site, building, opening or fixture)', () => {
    const ids = planRoomFeatures([rowPlan({ rooms: 2 })]).features.map((feature) => feature.properties.roomId);
    expect(ids).toEqual(['SYNTHETIC-corridor', 'SYNTHETIC-cell-0', 'SYNTHETIC-cell-1']);
  });

  it('keep each room where the plan traced it, with its facility, name and confidence', () => {
    const plan = rowPlan({ rooms: 1 });
    const traced = plan.features.find((feature) => feature.id === 'SYNTHETIC-cell-0');
    expect(room(planRoomFeatures([plan]), 'SYNTHETIC-cell-0')).toMatchObject({
      geometry: traced?.geometry,
      properties: { facilityId: PLAN_FACILITY_ID, name: 'SYNTHETIC-cell-0', confidence: 'single_source' },
    });
  });

  it('stand a ground-floor room without a height on the ground, one 3 m storey high', () => {
    expect(room(planRoomFeatures([rowPlan({ rooms: 1 })]), 'SYNTHETIC-cell-0').properties).toMatchObject({ base: 0, height: 3 });
  });

  it('give a room its own height', () => {
    const plan = withFeature(rowPlan({ rooms: 1 }), 'SYNTHETIC-cell-0', { heightM: 2.2 });
    expect(room(planRoomFeatures([plan]), 'SYNTHETIC-cell-0').properties).toMatchObject({ base: 0, height: 2.2 });
  });

  it('raise a room on an upper level by a storey per level', () => {
    const plan = withFeature(rowPlan({ rooms: 1 }), 'SYNTHETIC-cell-0', { level: 2, heightM: 2.5 });
    expect(room(planRoomFeatures([plan]), 'SYNTHETIC-cell-0').properties).toMatchObject({ base: 6, height: 8.5 });
  });

  it('draw the rooms of several plans, each under its own facility', () => {
    const features = planRoomFeatures([rowPlan({ rooms: 1 }), rowPlan({ rooms: 1, facilityId: 'SYNTHETIC-other' })]);
    expect(features.features.map((feature) => feature.properties.facilityId)).toEqual([
      PLAN_FACILITY_ID,
      PLAN_FACILITY_ID,
      'SYNTHETIC-other',
      'SYNTHETIC-other',
    ]);
  });

  it('extrude the rooms from their base to their height, from zoom 15 on', () => {
    expect(planLayers()).toEqual([
      expect.objectContaining({
        id: PLAN_ROOM_LAYER,
        type: 'fill-extrusion',
        source: PLAN_SOURCE,
        minzoom: PLAN_MIN_ZOOM,
        paint: expect.objectContaining({ 'fill-extrusion-base': ['get', 'base'], 'fill-extrusion-height': ['get', 'height'] }),
      }),
    ]);
    expect(PLAN_MIN_ZOOM).toBe(15);
  });

  it('colour rooms by how sure the plan is of them', () => {
    const colour = planLayers()[0]?.paint as Record<string, unknown[]>;
    const [, input, illustrative, illustrativeColour, corroborated, corroboratedColour, fallback] = colour['fill-extrusion-color'] ?? [];
    expect([input, illustrative, corroborated]).toEqual([['get', 'confidence'], 'illustrative', 'corroborated']);
    expect(new Set([illustrativeColour, corroboratedColour, fallback]).size).toBe(3);
  });
});
