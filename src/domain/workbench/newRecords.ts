/**
 * Records for what the investigator has just traced. Defaults never claim more than was drawn: a new shape is
 * `illustrative` with an empty basis (so the problem list asks for one until a source or a reason is given), and
 * a new violation is restricted and unsourced until the investigator says otherwise.
 */
import { booleanPointInPolygon, centroid, pointToLineDistance } from '@turf/turf';
import type { LineString, Point, Polygon, Position } from 'geojson';
import type { PlanFeatureKind } from '../enums';
import { randomHex } from '../randomHex';
import type { PlanFeature, RoomPlanFeature, Violation } from '../types';
import type { FacilityWork } from './workTypes';

export type TracedGeometry = Polygon | LineString | Point;

/** Which geometry each kind of plan feature is traced as. */
export const KIND_GEOMETRY: Record<PlanFeatureKind, TracedGeometry['type']> = {
  site: 'Polygon',
  building: 'Polygon',
  room: 'Polygon',
  opening: 'LineString',
  fixture: 'Point',
};

const DEFAULT_HEIGHT_M = 3;

const takenIds = (work: FacilityWork) => new Set([...work.features, ...work.violations, ...work.sources, ...work.diagrams].map((record) => record.id));

/**
 * `<kind>-<n>` with the smallest n not yet used in the work, for plan features: the contract scopes their ids
 * to the facility's plan, and short ids are what a modeller names a hand-made model's room nodes after.
 */
export function nextFeatureId(work: FacilityWork, kind: PlanFeatureKind): string {
  const taken = takenIds(work);
  let n = 1;
  while (taken.has(`${kind}-${n}`)) n += 1;
  return `${kind}-${n}`;
}

/**
 * `<prefix>-<12 random hex digits>`, for sources, violations and diagrams. One sources.json and one
 * violations.geojson hold every facility of a bundle, so these ids must not be numbered per facility: another
 * facility, or another investigator's device, would hold the same `source-1`. 48 random bits make a clash
 * vanishingly unlikely; the work's own ids are still checked.
 */
export function uniqueId(work: FacilityWork, prefix: 'source' | 'violation' | 'diagram'): string {
  const taken = takenIds(work);
  for (;;) {
    const id = `${prefix}-${randomHex(12)}`;
    if (!taken.has(id)) return id;
  }
}

function containing<T extends PlanFeature>(candidates: T[], point: Position): T | undefined {
  // The last drawn wins, as on screen, where it lies on top.
  return [...candidates].reverse().find((feature) => feature.geometry.type === 'Polygon' && booleanPointInPolygon(point, feature.geometry));
}

const rooms = (work: FacilityWork) => work.features.filter((feature): feature is RoomPlanFeature => feature.kind === 'room');

/** The room an opening's midpoint lies nearest the edge of. */
function roomByEdge(work: FacilityWork, line: LineString): string | undefined {
  const [start, end] = [line.coordinates[0], line.coordinates[line.coordinates.length - 1]];
  if (!start || !end) return undefined;
  const middle: Position = [((start[0] ?? 0) + (end[0] ?? 0)) / 2, ((start[1] ?? 0) + (end[1] ?? 0)) / 2];
  let best: { id: string; metres: number } | undefined;
  for (const room of rooms(work)) {
    const outline: LineString = { type: 'LineString', coordinates: room.geometry.coordinates[0] ?? [] };
    const metres = pointToLineDistance(middle, outline, { units: 'meters' });
    if (!best || metres < best.metres) best = { id: room.id, metres };
  }
  return best?.id;
}

/** A plan record of `kind` for a traced geometry, linked to the building or room it was drawn in. */
export function newPlanFeature(work: FacilityWork, kind: PlanFeatureKind, geometry: TracedGeometry): PlanFeature {
  const id = nextFeatureId(work, kind);
  const base = { id, name: { en: '' }, confidence: 'illustrative' as const, sources: [], basis: '' };
  if (kind === 'site' || kind === 'building') {
    if (geometry.type !== 'Polygon') throw new Error(`a ${kind} is a polygon`);
    return kind === 'site' ? { ...base, kind, geometry } : { ...base, kind, geometry, levels: 1, heightM: DEFAULT_HEIGHT_M };
  }
  if (kind === 'room') {
    if (geometry.type !== 'Polygon') throw new Error('a room is a polygon');
    const inside = containing(work.features.filter((feature) => feature.kind === 'building'), centroid(geometry).geometry.coordinates);
    return { ...base, kind, geometry, buildingId: inside?.id ?? '', level: 0, use: 'other', heightM: DEFAULT_HEIGHT_M };
  }
  if (kind === 'opening') {
    if (geometry.type !== 'LineString') throw new Error('an opening is a line');
    const roomId = roomByEdge(work, geometry);
    return { ...base, kind, geometry, openingType: 'door', ...(roomId ? { roomId } : {}) };
  }
  if (geometry.type !== 'Point') throw new Error('a fixture is a point');
  return { ...base, kind, geometry, fixtureType: 'other', roomId: containing(rooms(work), geometry.coordinates)?.id ?? '' };
}

/** A violation pinned where the investigator clicked, in the room under the pin when there is one. */
export function newViolation(work: FacilityWork, point: Point): Violation {
  const room = containing(rooms(work), point.coordinates);
  return {
    id: uniqueId(work, 'violation'),
    facilityId: work.facilityId,
    ...(room ? { roomId: room.id } : {}),
    category: 'other',
    date: {},
    summary: { en: '' },
    placement: 'testimony',
    visibility: 'restricted',
    sources: [],
    location: [...point.coordinates],
  };
}

/** The record with its geometry (or a violation's location) moved to where it was reshaped or dragged. */
export function withGeometry<T extends PlanFeature | Violation>(record: T, geometry: TracedGeometry): T {
  if ('kind' in record) return { ...record, geometry } as T;
  return { ...record, location: geometry.type === 'Point' ? [...geometry.coordinates] : record.location } as T;
}
