import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { planFacility, PLAN_FACILITY_ID, ringAt } from '../../../tests/fixtures/syntheticPlan';
import type { LocalPoint } from '../plan3d/sceneTypes';
import { applyChange, emptyWork } from './changes';
import { newPlanFeature } from './newRecords';
import type { FacilityWork } from './workTypes';
import { workProblems } from './workProblems';

const AT = '2026-11-22T10:00:00.000Z';
const context = { facility: planFacility(), knownSources: [] };
const square = (west: number, south: number, east: number, north: number): Polygon => ({
  type: 'Polygon',
  coordinates: [ringAt([[west, south], [east, south], [east, north], [west, north]] as LocalPoint[])],
});

/** Two rooms just traced, nothing filled in: no names, no basis, no building. They share 7 m × 17 m. */
function twoFreshRooms(names: [string, string] = ['', '']): FacilityWork {
  let work = emptyWork(PLAN_FACILITY_ID, AT);
  for (const [index, shape] of [square(0, 0, 10, 17), square(3, 0, 13, 17)].entries()) {
    const room = { ...newPlanFeature(work, 'room', shape), name: { en: names[index] ?? '' } };
    work = applyChange(work, { type: 'insert', collection: 'features', record: room }, AT).work;
  }
  return deepFreeze(work);
}

describe('the problems of a work in progress', () => {
  it('flags overlapping rooms while their names and basis are still missing, with the shared area', () => {
    const { problems } = workProblems(twoFreshRooms(), context);
    const overlap = problems.find((problem) => problem.code === 'room.overlap');
    expect(overlap).toMatchObject({ level: 'warning', subject: { record: { collection: 'features', id: 'room-2' }, kind: 'room' }, other: { record: { id: 'room-1' } }, values: { areaM2: 119 } });
    // The missing fields are reported too, each naming its record.
    expect(problems.filter((problem) => problem.code === 'field.missing' && problem.values.field === 'name.en').map((problem) => problem.subject?.record.id)).toEqual(['room-1', 'room-2']);
  });

  it('names the records by their names once they have them', () => {
    const overlap = workProblems(twoFreshRooms(['SYNTHETIC Cell 3', 'SYNTHETIC Cell 4']), context).problems.find((problem) => problem.code === 'room.overlap');
    expect(overlap?.subject?.name.en).toBe('SYNTHETIC Cell 4');
    expect(overlap?.other?.name.en).toBe('SYNTHETIC Cell 3');
  });

  it('reports a room reaching outside its building once, by the shape check, in square metres', () => {
    let work = emptyWork(PLAN_FACILITY_ID, AT);
    const building = newPlanFeature(work, 'building', square(0, 0, 10, 10));
    work = applyChange(work, { type: 'insert', collection: 'features', record: building }, AT).work;
    const room = { ...newPlanFeature(work, 'room', square(5, 5, 15, 9)), buildingId: building.id };
    work = deepFreeze(applyChange(work, { type: 'insert', collection: 'features', record: room }, AT).work);
    const outside = workProblems(work, context).problems.filter((problem) => problem.code === 'room.outsideBuilding');
    expect(outside).toHaveLength(1);
    expect(outside[0]).toMatchObject({ level: 'error', subject: { record: { id: 'room-1' } }, other: { record: { id: 'building-1' } }, values: { areaM2: 20 } });
  });

  it('says nothing of rooms that only touch along a wall', () => {
    let work = emptyWork(PLAN_FACILITY_ID, AT);
    for (const shape of [square(0, 0, 5, 5), square(5, 0, 10, 5)]) {
      work = applyChange(work, { type: 'insert', collection: 'features', record: newPlanFeature(work, 'room', shape) }, AT).work;
    }
    expect(workProblems(deepFreeze(work), context).problems.some((problem) => problem.code === 'room.overlap')).toBe(false);
  });
});
