import { describe, expect, it } from 'vitest';
import { building, fixture, opening, planFile, rawFile, rectangle, room } from '../../../tests/fixtures/datasetFactory';
import { onlyProblem, summaries } from '../../../tests/fixtures/problemQueries';
import { loadFile } from '../loadDataset';

function planProblems(features: readonly unknown[]) {
  return loadFile(rawFile('plans/SYNTHETIC-facility.geojson', planFile(features)), 'plan').problems;
}

describe('plan shapes and references', () => {
  it('accepts rooms that touch along a shared wall', () => {
    expect(planProblems([building(), room(), room({ id: 'SYNTHETIC-room-b' }, rectangle(10, 0, 20, 10))])).toEqual([]);
  });

  it('accepts a room drawn along its building walls', () => {
    expect(planProblems([building(), room({}, rectangle(0, 0, 20, 10))])).toEqual([]);
  });

  it('reports a room reaching outside its building', () => {
    expect(summaries(planProblems([building(), room({}, rectangle(15, 0, 25, 10))]))).toEqual([
      'error room.outsideBuilding SYNTHETIC-room-a',
    ]);
  });

  it('warns when two rooms of one level overlap', () => {
    const problems = planProblems([building(), room(), room({ id: 'SYNTHETIC-room-b' }, rectangle(8, 0, 20, 10))]);
    expect(onlyProblem(problems, 'room.overlap')).toMatchObject({ level: 'warning', featureId: 'SYNTHETIC-room-b' });
  });

  it('ignores an overlap within the tolerance of a traced wall', () => {
    const slightly = room({ id: 'SYNTHETIC-room-b' }, rectangle(9.98, 0, 20, 10));
    expect(planProblems([building(), room(), slightly])).toEqual([]);
  });

  it('accepts overlapping rooms on different levels', () => {
    const upstairs = room({ id: 'SYNTHETIC-room-b', level: 1 }, rectangle(5, 0, 15, 10));
    expect(planProblems([building(), room(), upstairs])).toEqual([]);
  });

  it('reports a room whose building is not in the plan', () => {
    expect(summaries(planProblems([building(), room({ buildingId: 'SYNTHETIC-missing' })]))).toEqual([
      'error ref.building SYNTHETIC-room-a',
    ]);
  });

  it('reports a fixture whose room is not in the plan', () => {
    expect(summaries(planProblems([building(), room(), fixture({ roomId: 'SYNTHETIC-missing' })]))).toEqual([
      'error ref.room SYNTHETIC-fixture',
    ]);
  });

  it('reports an opening whose room is not in the plan', () => {
    expect(summaries(planProblems([building(), room(), opening({ roomId: 'SYNTHETIC-missing' })]))).toEqual([
      'error ref.room SYNTHETIC-opening',
    ]);
  });
});
