/**
 * The workbench's problem list, in words an investigator reads: each problem names the record it is about (by
 * its name, or its kind and id while it has none) and carries the figures its message needs. The loader's checks
 * leave out a record with a missing field before checking shapes against each other, so a half-named plan would
 * hide its overlaps; here the shape checks run on every traced shape whatever its fields, on every edit.
 */
import { booleanWithin } from '@turf/turf';
import type { Polygon } from 'geojson';
import { areaOutside, sharedArea } from '../geo/polygonOverlap';
import type { Problem, ProblemLevel } from '../problems';
import type { LocalizedText, PlanFeature, RoomPlanFeature } from '../types';
import type { CollectionName, RecordRef } from './changes';
import { validateWork, type ValidatedWork, type WorkContext } from './validateWork';
import type { FacilityWork } from './workTypes';

/** Whom a problem is about: enough to name it in either language. */
export interface ProblemSubject {
  record: RecordRef;
  /** 'site', 'building', 'room', 'opening', 'fixture', 'violation', 'source' or 'diagram'. */
  kind: string;
  name: LocalizedText;
}

export interface WorkProblem {
  level: ProblemLevel;
  code: string;
  /** The record the problem is about; null for one the work no longer holds (or a file-wide problem). */
  subject: ProblemSubject | null;
  /** A second record the problem names (the room overlapped, the building left). */
  other?: ProblemSubject;
  /** Figures and names the message needs: `areaM2`, `metres`, `field`. */
  values: Record<string, string | number>;
  /** The loader's own sentence: what is shown for a check without words of its own. */
  message: string;
}

/** Slivers this small come from rounding where a room shares its building's wall, not from drawing. */
const OUTSIDE_TOLERANCE_M2 = 0.1;
/** Rooms traced from memory overlap a little at shared walls; only more than this is worth a warning. */
const OVERLAP_TOLERANCE_M2 = 0.5;
/** Checked here on every shape, so the loader's findings of the same are dropped. */
const SHAPE_CODES = new Set(['room.overlap', 'room.outsideBuilding']);

const featureSubject = (feature: PlanFeature): ProblemSubject => ({ record: { collection: 'features', id: feature.id }, kind: feature.kind, name: feature.name });

function subjectOf(work: FacilityWork, collection: CollectionName | null, id: string): ProblemSubject | null {
  if (collection === 'features') {
    const feature = work.features.find((item) => item.id === id);
    return feature ? featureSubject(feature) : null;
  }
  if (collection === 'violations') {
    const violation = work.violations.find((item) => item.id === id);
    return violation ? { record: { collection, id }, kind: 'violation', name: violation.summary } : null;
  }
  if (collection === 'sources') {
    const source = work.sources.find((item) => item.id === id);
    return source ? { record: { collection, id }, kind: 'source', name: { en: source.title } } : null;
  }
  return null;
}

function collectionOf(file: string): CollectionName | null {
  if (file.startsWith('plans/')) return 'features';
  if (file === 'violations.geojson') return 'violations';
  if (file === 'sources.json') return 'sources';
  return null;
}

/** A closed ring of at least four positions: a polygon the clipper can measure. */
const measurable = (geometry: Polygon) => (geometry.coordinates[0]?.length ?? 0) >= 4;

/** Rooms overlapping rooms of the same building and level (or of no building yet), and rooms poking out of their building. */
export function shapeProblems(work: FacilityWork): WorkProblem[] {
  const problems: WorkProblem[] = [];
  const rooms = work.features.filter((feature): feature is RoomPlanFeature => feature.kind === 'room' && measurable(feature.geometry));
  const buildings = new Map(work.features.filter((feature) => feature.kind === 'building').map((feature) => [feature.id, feature]));
  for (const room of rooms) {
    const building = buildings.get(room.buildingId);
    if (!building || building.geometry.type !== 'Polygon' || !measurable(building.geometry)) continue;
    let within: boolean;
    try {
      within = booleanWithin(room.geometry, building.geometry);
    } catch {
      within = false;
    }
    const outside = within ? 0 : areaOutside(room.geometry, building.geometry);
    if (outside > OUTSIDE_TOLERANCE_M2) {
      problems.push({ level: 'error', code: 'room.outsideBuilding', subject: featureSubject(room), other: featureSubject(building), values: { areaM2: Math.round(outside) }, message: '' });
    }
  }
  rooms.forEach((room, index) => {
    for (const earlier of rooms.slice(0, index)) {
      if (earlier.buildingId !== room.buildingId || earlier.level !== room.level) continue;
      const shared = sharedArea(room.geometry, earlier.geometry);
      if (shared > OVERLAP_TOLERANCE_M2) {
        problems.push({ level: 'warning', code: 'room.overlap', subject: featureSubject(room), other: featureSubject(earlier), values: { areaM2: Math.round(shared), level: room.level }, message: '' });
      }
    }
  });
  return problems;
}

/** The field a "missing field" problem names ("name.en"), read from the loader's sentence. */
const fieldIn = (message: string) => /Field "([^"]+)"/.exec(message)?.[1] ?? '';

/** The distance a problem's sentence gives ("lies 3.2 m outside"), or '' when it gives none. */
const metresIn = (message: string) => /([\d.]+) m\b/.exec(message)?.[1] ?? '';

/** Every problem of the work, the shape checks first: the loader's (its contract checks) and the shape checks on every shape. */
export function workProblems(work: FacilityWork, context: WorkContext): { problems: WorkProblem[]; validated: ValidatedWork } {
  const validated = validateWork(work, context);
  const fromLoader = validated.problems
    .filter((problem) => !SHAPE_CODES.has(problem.code))
    .map((problem: Problem): WorkProblem => ({
      level: problem.level,
      code: problem.code,
      subject: subjectOf(work, collectionOf(problem.file), problem.featureId),
      values: { field: fieldIn(problem.message), id: problem.featureId, metres: metresIn(problem.message) },
      message: problem.hint ? `${problem.message} ${problem.hint}` : problem.message,
    }));
  return { problems: [...shapeProblems(work), ...fromLoader], validated };
}
