import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { lonLatAt, ringAt, rowPlan } from '../../../tests/fixtures/syntheticPlan';
import { applyChange, emptyWork } from './changes';
import { cornersMovedChange, drawnChange, reshapedChange } from './drawnChanges';
import type { LonLat } from './workTypes';

const AT = '2026-11-22T10:00:00.000Z';
const plan = rowPlan({ facilityId: 'SYNTHETIC-facility', rooms: 1 });
const work = deepFreeze({ ...emptyWork('SYNTHETIC-facility', AT), features: plan.features.filter((feature) => feature.kind === 'building') });
const square = { type: 'Polygon' as const, coordinates: [ringAt([[1, 1], [3, 1], [3, 2], [1, 2]])] };
const point = { type: 'Point' as const, coordinates: lonLatAt(2, 1.5) };

describe('drawing on the workbench map as changes', () => {
  it('makes a room of a polygon traced with the room tool, in the building under it, selected; undo removes it', () => {
    const drawn = drawnChange(work, 'room', square);
    expect(drawn?.select).toEqual({ collection: 'features', id: 'room-1' });
    const { work: after, inverse } = applyChange(work, drawn!.change, AT);
    expect(after.features.at(-1)).toMatchObject({ id: 'room-1', kind: 'room', buildingId: 'SYNTHETIC-building', geometry: square, confidence: 'illustrative' });
    expect(applyChange(after, inverse, AT).work.features).toEqual(work.features);
  });

  it('pins a restricted violation with the violation tool, and makes nothing with select or pick', () => {
    const drawn = drawnChange(work, 'violation', point);
    expect(drawn?.change).toMatchObject({ type: 'insert', collection: 'violations', record: { facilityId: 'SYNTHETIC-facility', visibility: 'restricted', location: point.coordinates } });
    expect(drawnChange(work, 'violation', square)).toBeNull();
    expect(drawnChange(work, 'select', square)).toBeNull();
    expect(drawnChange(work, 'pick', point)).toBeNull();
  });

  it('moves a reshaped record to its new geometry, keeping its other fields; nothing for a record that is gone', () => {
    const [building] = work.features;
    expect(reshapedChange(work, { collection: 'features', id: building!.id }, square)).toEqual({ type: 'replace', collection: 'features', record: { ...building, geometry: square } });
    expect(reshapedChange(work, { collection: 'features', id: 'SYNTHETIC-gone' }, square)).toBeNull();
    expect(reshapedChange(work, { collection: 'sources', id: building!.id }, square)).toBeNull();
  });

  it("places a diagram by its dragged corners", () => {
    const diagram = { id: 'SYNTHETIC-diagram', facilityId: 'SYNTHETIC-facility', sourceId: 's', name: 'SYNTHETIC', imageKey: 'k', mediaType: 'image/png' as const, width: 10, height: 10, placement: { kind: 'similarity' as const, controlPoints: [] }, opacity: 0.5 };
    const withDiagram = deepFreeze({ ...work, diagrams: [diagram] });
    const corners: [LonLat, LonLat, LonLat, LonLat] = [[0, 1], [1, 1], [1, 0], [0, 0]];
    expect(cornersMovedChange(withDiagram, diagram.id, corners)).toEqual({ type: 'replace', collection: 'diagrams', record: { ...diagram, placement: { kind: 'corners', corners } } });
    expect(cornersMovedChange(withDiagram, 'SYNTHETIC-gone', corners)).toBeNull();
  });
});
