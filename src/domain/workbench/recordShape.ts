/**
 * Whether a record has the shape the workbench's types promise, checked before it is stored (an import, an edit)
 * and when stored work is read back. Unfinished work passes (an empty name, no sources yet: the problem list asks
 * for those); what the app could not show or edit does not (a title that is an object, a coordinate that is not
 * a number, an unknown kind), and is refused with the field that is wrong.
 */
import { CONFIDENCES, DATE_PRECISIONS, FIXTURE_TYPES, OPENING_TYPES, PLACEMENTS, PLAN_FEATURE_KINDS, ROOM_USES, SOURCE_KINDS, VIOLATION_CATEGORIES, VISIBILITIES } from '../enums';
import { fields, filled, finite, isObject, list, numbers, object, oneOf, optional, shown, text, type Check } from '../shape/checks';
import type { CollectionName } from './changes';
import type { FacilityWork } from './workTypes';

const localized: Check = object({ en: text, ko: optional(text) });
const position = numbers('[lon, lat]', 2);
const positions: Check = (value) => (Array.isArray(value) ? (value.map(position).find((problem) => problem !== null) ?? null) : `is ${shown(value)}, expected a list of [lon, lat]`);
const rings: Check = (value) => (Array.isArray(value) && value.length > 0 ? (value.map(positions).find((problem) => problem !== null) ?? null) : `is ${shown(value)}, expected a list of rings`);
const textLists: Check = (value) => (isObject(value) && Object.values(value).every((item) => Array.isArray(item) && item.every((code) => typeof code === 'string')) ? null : `is ${shown(value)}, expected lists of codes`);
const textRecord: Check = (value) => (isObject(value) && Object.values(value).every((item) => typeof item === 'string') ? null : `is ${shown(value)}, expected an object of texts`);

const GEOMETRY_COORDINATES: Record<string, Check> = { Polygon: rings, LineString: positions, Point: position };
const KIND_GEOMETRY: Record<string, string> = { site: 'Polygon', building: 'Polygon', room: 'Polygon', opening: 'LineString', fixture: 'Point' };

/** A source reference, with the contract's optional parts (v2: fields, doubt) checked when present. */
const SOURCE_REF = { sourceId: text, locator: optional(text), quote: optional(text), fields: optional(textRecord), doubt: optional(localized) };

function sourceRefs(record: Record<string, unknown>): string[] {
  return list(record, 'sources', SOURCE_REF);
}

function feature(record: Record<string, unknown>): string[] {
  const kind = oneOf(...PLAN_FEATURE_KINDS)(record.kind);
  if (kind) return [`kind ${kind}`];
  const problems = [...fields(record, { name: localized, confidence: oneOf(...CONFIDENCES), basis: optional(text) }, ''), ...sourceRefs(record)];
  const geometry = record.geometry;
  const type = KIND_GEOMETRY[record.kind as string] ?? '';
  if (!isObject(geometry) || geometry.type !== type) problems.push(`geometry is ${shown(geometry)}, expected a ${type}`);
  else {
    const coordinates = GEOMETRY_COORDINATES[type]?.(geometry.coordinates);
    if (coordinates) problems.push(`geometry.coordinates ${coordinates}`);
  }
  const byKind: Record<string, Record<string, Check>> = {
    site: {},
    building: { levels: optional(finite), heightM: optional(finite) },
    room: { buildingId: text, level: finite, use: oneOf(...ROOM_USES), heightM: optional(finite) },
    opening: { openingType: oneOf(...OPENING_TYPES), roomId: optional(text) },
    fixture: { fixtureType: oneOf(...FIXTURE_TYPES), roomId: text },
  };
  return [...problems, ...fields(record, byKind[record.kind as string] ?? {}, '')];
}

function violation(record: Record<string, unknown>): string[] {
  const location: Check = (value) => (value === null ? null : position(value));
  return [
    ...fields(
      record,
      {
        facilityId: filled,
        roomId: optional(text),
        category: oneOf(...VIOLATION_CATEGORIES),
        date: object({ from: optional(text), to: optional(text), precision: optional(oneOf(...DATE_PRECISIONS)) }),
        classification: optional(object({ scheme: text, codes: textLists })),
        summary: localized,
        placement: oneOf(...PLACEMENTS),
        visibility: oneOf(...VISIBILITIES),
        location,
      },
      '',
    ),
    ...sourceRefs(record),
  ];
}

function source(record: Record<string, unknown>): string[] {
  return fields(
    record,
    {
      kind: oneOf(...SOURCE_KINDS),
      title: text,
      url: optional(text),
      publisher: optional(text),
      date: optional(text),
      visibility: oneOf(...VISIBILITIES),
      capture: optional(object({ by: text, at: text, method: optional(text), repository: optional(text), commit: optional(text), path: optional(text) })),
      license: optional(text),
      sha256: optional(text),
      note: optional(localized),
    },
    '',
  );
}

function diagram(record: Record<string, unknown>): string[] {
  const size: Check = (value) => finite(value) ?? ((value as number) > 0 ? null : `is ${shown(value)}, expected a size in pixels`);
  const opacity: Check = (value) => finite(value) ?? ((value as number) >= 0 && (value as number) <= 1 ? null : `is ${shown(value)}, expected 0 to 1`);
  const corners: Check = (value) => (Array.isArray(value) && value.length === 4 ? positions(value) : `is ${shown(value)}, expected four [lon, lat] corners`);
  const placement: Check = (value) => {
    if (!isObject(value)) return `is ${shown(value)}, expected an object`;
    if (value.kind === 'corners') return corners(value.corners) && `corners ${corners(value.corners)}`;
    const kind = oneOf('corners', 'similarity', 'affine', 'projective')(value.kind);
    if (kind) return `kind ${kind}`;
    const points = list(value, 'controlPoints', { id: text, image: numbers('[column, row]', 2), map: position });
    if (value.corners !== undefined && corners(value.corners)) points.push(`corners ${corners(value.corners)}`);
    return points.length === 0 ? null : points.join('; ');
  };
  return fields(
    record,
    { facilityId: filled, sourceId: text, name: text, imageKey: filled, mediaType: oneOf('image/png', 'image/jpeg'), width: size, height: size, placement, opacity },
    '',
  );
}

const BY_COLLECTION: Record<CollectionName, (record: Record<string, unknown>) => string[]> = { features: feature, violations: violation, sources: source, diagrams: diagram };

/** What is wrong with `value` as a record of `collection`, one line a field; empty when it fits. */
export function recordShapeProblems(collection: CollectionName, value: unknown): string[] {
  if (!isObject(value)) return [`the record is ${shown(value)}, expected an object`];
  const id = filled(value.id);
  return [...(id ? [`id ${id}`] : []), ...BY_COLLECTION[collection](value)];
}

/** A record the workbench cannot use, where it is in its work and why. */
export interface BrokenRecord {
  collection: CollectionName;
  /** Its place in the collection (a record may lack a usable id). */
  index: number;
  id: string;
  problems: string[];
}

const COLLECTIONS: CollectionName[] = ['features', 'violations', 'sources', 'diagrams'];

/** Every record of a work that does not fit its type, a repeated id, or a record of another facility. */
export function brokenRecords(work: FacilityWork): BrokenRecord[] {
  const broken: BrokenRecord[] = [];
  for (const collection of COLLECTIONS) {
    const records: unknown = work[collection];
    if (!Array.isArray(records)) {
      broken.push({ collection, index: -1, id: '', problems: [`${collection} is ${shown(records)}, expected a list`] });
      continue;
    }
    const seen = new Set<string>();
    records.forEach((record: unknown, index) => {
      const problems = recordShapeProblems(collection, record);
      const id = isObject(record) && typeof record.id === 'string' ? record.id : '';
      if (id && seen.has(id)) problems.push(`id "${id}" is used twice in ${collection}`);
      seen.add(id);
      const facilityId = isObject(record) ? record.facilityId : undefined;
      if ((collection === 'violations' || collection === 'diagrams') && typeof facilityId === 'string' && facilityId !== work.facilityId) {
        problems.push(`facilityId is "${facilityId}", but the record is in the work of "${work.facilityId}"`);
      }
      if (problems.length > 0) broken.push({ collection, index, id, problems });
    });
  }
  return broken;
}

/** The work with its broken records left out, and those records with their reasons (an import refuses them). */
export function withoutBrokenRecords(work: FacilityWork): { work: FacilityWork; refused: BrokenRecord[] } {
  const refused = brokenRecords(work);
  if (refused.length === 0) return { work, refused };
  const kept = { ...work };
  for (const collection of COLLECTIONS) {
    const records: unknown = work[collection];
    const drop = new Set(refused.filter((item) => item.collection === collection).map((item) => item.index));
    (kept as unknown as Record<string, unknown[]>)[collection] = Array.isArray(records) && !drop.has(-1) ? records.filter((_, index) => !drop.has(index)) : [];
  }
  return { work: kept, refused };
}
