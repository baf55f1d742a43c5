import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { stopRoom, tourStops, type TourViolation } from './tourStops';

const rooms = deepFreeze(['SYNTHETIC-cell-2', 'SYNTHETIC-corridor', 'SYNTHETIC-cell-1', 'SYNTHETIC-store']);
const route = deepFreeze(['SYNTHETIC-corridor', 'SYNTHETIC-cell-1', 'SYNTHETIC-cell-2']);

describe('tourStops', () => {
  it('starts with an overview and walks the rooms in route order, rooms off the route last', () => {
    const stops = tourStops(route, rooms, []);
    expect(stops.map(stopRoom)).toEqual([null, 'SYNTHETIC-corridor', 'SYNTHETIC-cell-1', 'SYNTHETIC-cell-2', 'SYNTHETIC-store']);
  });

  it('drops route rooms the viewer does not draw', () => {
    expect(tourStops(['SYNTHETIC-gone', 'SYNTHETIC-store'], ['SYNTHETIC-store'], []).map(stopRoom)).toEqual([null, 'SYNTHETIC-store']);
  });

  it('puts each room’s violations right after it, earliest first, undated last', () => {
    const violations: TourViolation[] = deepFreeze([
      { id: 'SYNTHETIC-v-undated', roomId: 'SYNTHETIC-cell-1' },
      { id: 'SYNTHETIC-v-2020', roomId: 'SYNTHETIC-cell-1', from: '2020-03' },
      { id: 'SYNTHETIC-v-2019', roomId: 'SYNTHETIC-cell-1', from: '2019' },
    ]);
    const stops = tourStops(route, rooms, violations);
    expect(stops.slice(2, 6)).toEqual([
      { kind: 'room', roomId: 'SYNTHETIC-cell-1', violationIds: ['SYNTHETIC-v-2019', 'SYNTHETIC-v-2020', 'SYNTHETIC-v-undated'] },
      { kind: 'violation', violationId: 'SYNTHETIC-v-2019', roomId: 'SYNTHETIC-cell-1' },
      { kind: 'violation', violationId: 'SYNTHETIC-v-2020', roomId: 'SYNTHETIC-cell-1' },
      { kind: 'violation', violationId: 'SYNTHETIC-v-undated', roomId: 'SYNTHETIC-cell-1' },
    ]);
  });

  it('ends with the violations no drawn room holds', () => {
    const violations: TourViolation[] = deepFreeze([
      { id: 'SYNTHETIC-v-facility', roomId: null, from: '2019-01' },
      { id: 'SYNTHETIC-v-lost-room', roomId: 'SYNTHETIC-not-drawn', from: '2018' },
    ]);
    const stops = tourStops(route, rooms, violations);
    expect(stops.slice(-2)).toEqual([
      { kind: 'violation', violationId: 'SYNTHETIC-v-lost-room', roomId: null },
      { kind: 'violation', violationId: 'SYNTHETIC-v-facility', roomId: null },
    ]);
    expect(stops).toHaveLength(1 + rooms.length + 2);
  });
});
