import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { lonLatAt, planFacility, planViolation, PLAN_FACILITY_ID, ringAt, rowPlan } from '../../../tests/fixtures/syntheticPlan';
import { loadDataset } from '../loadDataset';
import type { LocalPoint } from '../plan3d/sceneTypes';
import type { Polygon } from 'geojson';
import type { Source } from '../types';
import { applyChange, emptyWork } from './changes';
import { workFiles } from './contractFiles';
import { newPlanFeature, newViolation, nextFeatureId, uniqueId, withGeometry } from './newRecords';
import { validateWork } from './validateWork';
import type { FacilityWork } from './workTypes';

const AT = '2026-11-22T10:00:00.000Z';
const source: Source = { id: 'SYNTHETIC-source', kind: 'testimony', title: 'SYNTHETIC interview', visibility: 'restricted' };
const context = { facility: planFacility(), knownSources: [] };
const square = (west: number, south: number, east: number, north: number): Polygon => ({
  type: 'Polygon',
  coordinates: [ringAt([[west, south], [east, south], [east, north], [west, north]] as LocalPoint[])],
});

function traced(): FacilityWork {
  let work: FacilityWork = { ...emptyWork(PLAN_FACILITY_ID, AT), sources: [source] };
  const building = { ...newPlanFeature(work, 'building', square(0, 0, 10, 6)), name: { en: 'SYNTHETIC block' }, basis: 'SYNTHETIC outline' };
  work = applyChange(work, { type: 'insert', collection: 'features', record: building }, AT).work;
  const room = newPlanFeature(work, 'room', square(0, 0, 4, 3));
  return deepFreeze(applyChange(work, { type: 'insert', collection: 'features', record: room }, AT).work);
}

const codesFor = (work: FacilityWork, id: string) => validateWork(work, context).problems.filter((problem) => problem.featureId === id).map((problem) => problem.code);

describe('records for traced shapes', () => {
  it('numbers ids by kind, skipping those taken', () => {
    const work = traced();
    expect(work.features.map((feature) => feature.id)).toEqual(['building-1', 'room-1']);
    expect(nextFeatureId(work, 'room')).toBe('room-2');
  });

  it('gives violations, sources and diagrams ids that no other facility on the device holds', () => {
    const a = traced();
    const b = deepFreeze({ ...a, facilityId: 'SYNTHETIC-other-facility', violations: [] });
    const point = { type: 'Point' as const, coordinates: lonLatAt(1, 1) };
    const ids = [newViolation(a, point).id, newViolation(b, point).id];
    expect(ids[0]).toMatch(/^violation-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(2);
    for (const prefix of ['source', 'diagram'] as const) {
      expect(uniqueId(a, prefix)).toMatch(new RegExp(`^${prefix}-[0-9a-f]{12}$`));
      expect(uniqueId(a, prefix)).not.toBe(uniqueId(b, prefix));
    }
  });

  it('links a room to the building it was drawn in, and a fixture and a violation to their room', () => {
    const work = traced();
    expect(work.features[1]).toMatchObject({ kind: 'room', buildingId: 'building-1', level: 0, use: 'other' });
    const point = { type: 'Point' as const, coordinates: lonLatAt(1, 1) };
    expect(newPlanFeature(work, 'fixture', point)).toMatchObject({ kind: 'fixture', roomId: 'room-1' });
    expect(newViolation(work, point)).toMatchObject({ roomId: 'room-1', facilityId: PLAN_FACILITY_ID, visibility: 'restricted', placement: 'testimony' });
  });

  it('gives an opening the room whose edge it lies on', () => {
    const door = newPlanFeature(traced(), 'opening', { type: 'LineString', coordinates: [lonLatAt(1, 3), lonLatAt(2, 3)] });
    expect(door).toMatchObject({ kind: 'opening', openingType: 'door', roomId: 'room-1' });
  });

  it('moves a reshaped feature and a dragged violation without touching their other fields', () => {
    const work = traced();
    const moved = withGeometry(work.features[1]!, square(1, 1, 3, 2));
    expect(moved).toEqual({ ...work.features[1], geometry: square(1, 1, 3, 2) });
    const violation = planViolation({ id: 'SYNTHETIC-v', location: lonLatAt(1, 1) });
    expect(withGeometry(violation, { type: 'Point', coordinates: lonLatAt(2, 2) }).location).toEqual(lonLatAt(2, 2));
  });
});

describe('live validation of the work', () => {
  it('asks for a name, then a basis, until the illustrative room has both; then its problems go', () => {
    const work = traced();
    expect(codesFor(work, 'room-1')).toEqual(['field.missing']);
    const replace = (record: FacilityWork['features'][number]) => applyChange(work, { type: 'replace', collection: 'features', record }, AT).work;
    const named = { ...work.features[1]!, name: { en: 'SYNTHETIC cell' } };
    expect(codesFor(replace(named), 'room-1')).toEqual(['basis.missing']);
    expect(codesFor(replace({ ...named, basis: 'SYNTHETIC: drawn from the survivor diagram' }), 'room-1')).toEqual([]);
  });

  it('reports a room drawn outside every building, naming the room', () => {
    const work = traced();
    const outside = newPlanFeature(work, 'room', square(20, 20, 24, 23));
    const next = applyChange(work, { type: 'insert', collection: 'features', record: { ...outside, basis: 'SYNTHETIC' } }, AT).work;
    expect(validateWork(next, context).problems.some((problem) => problem.featureId === outside.id && problem.level === 'error')).toBe(true);
  });

  it('checks a source reference against the work and the sources it may cite', () => {
    const plan = rowPlan();
    const work: FacilityWork = { ...emptyWork(PLAN_FACILITY_ID, AT), features: [...plan.features] };
    expect(validateWork(work, context).problems.some((problem) => problem.code === 'ref.source')).toBe(true);
    const known = { ...context, knownSources: [{ id: 'SYNTHETIC-source', kind: 'report' as const, title: 'SYNTHETIC report', visibility: 'public' as const }] };
    expect(validateWork(work, known).problems).toEqual([]);
  });
});

describe('contract files of the work', () => {
  it('load back into the same records', () => {
    const plan = rowPlan();
    const work: FacilityWork = deepFreeze({
      ...emptyWork(PLAN_FACILITY_ID, AT),
      features: [...plan.features],
      violations: [planViolation({ id: 'SYNTHETIC-v1', location: lonLatAt(1, 1) }), planViolation({ id: 'SYNTHETIC-v2' })],
      sources: [{ ...source, id: 'SYNTHETIC-source' }],
    });
    const { dataset, problems } = loadDataset(workFiles(work));
    expect(problems.filter((problem) => problem.level === 'error')).toEqual([]);
    expect(dataset.plans[0]?.features).toEqual(work.features);
    expect(dataset.violations).toEqual(work.violations);
    expect(dataset.sources).toEqual(work.sources);
  });
});
