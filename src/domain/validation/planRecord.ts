/** One feature of a plan file → a typed PlanFeature, or null when a required field is unusable. */
import { CONFIDENCES, FIXTURE_TYPES, OPENING_TYPES, PLAN_FEATURE_KINDS, ROOM_USES } from '../enums';
import type { PlanFeature } from '../types';
import type { FeatureEntry } from './featureCollection';
import { FieldReader } from './fieldReader';
import { failNullGeometry, geometryOf } from './recordGeometry';
import type { Reporter } from './reporter';

export function readPlanFeature(entry: FeatureEntry, reporter: Reporter): PlanFeature | null {
  const reader = new FieldReader(entry.properties, reporter, entry.featureId);
  const base = {
    id: reader.id(),
    name: reader.localized('name'),
    confidence: reader.oneOf('confidence', CONFIDENCES),
    sources: reader.sourceRefs('sources'),
  };
  const basis = reader.optionalString('basis');
  checkSources(reader, base.confidence, base.sources.length, basis);
  const kind = reader.oneOf('kind', PLAN_FEATURE_KINDS);
  if (reader.failed) return null;
  const common = basis === undefined ? base : { ...base, basis };
  const feature = readKind(reader, kind, common, entry.geometry);
  return reader.failed ? null : feature;
}

/** Sources may be empty only for an illustrative feature, which must then say what the guess rests on. */
function checkSources(reader: FieldReader, confidence: string, sourceCount: number, basis: string | undefined): void {
  if (reader.failed || sourceCount > 0) return;
  if (confidence !== 'illustrative') {
    reader.fail('source.missing', `The feature cites no source, and its confidence is "${confidence}".`, 'Cite a source, or mark it "illustrative" with a "basis".');
  } else if (basis === undefined || basis.trim() === '') {
    reader.fail('basis.missing', 'The illustrative feature cites no source and has no "basis".', 'Add "basis": a sentence saying what the guess rests on.');
  }
}

type Common = Omit<PlanFeature, 'kind' | 'geometry'>;

function readKind(reader: FieldReader, kind: PlanFeature['kind'], common: Common, geometry: unknown): PlanFeature | null {
  if (geometry === null) {
    failNullGeometry(reader, `a ${kind}`);
    return null;
  }
  switch (kind) {
    case 'site': {
      const polygon = geometryOf(reader, geometry, ['Polygon'], 'a site');
      return polygon && { ...common, kind, geometry: polygon };
    }
    case 'building': {
      const levels = reader.optionalNumber('levels', { integer: true, positive: true });
      const heightM = reader.optionalNumber('heightM', { positive: true });
      const polygon = geometryOf(reader, geometry, ['Polygon'], 'a building');
      return polygon && { ...common, kind, geometry: polygon, ...defined({ levels, heightM }) };
    }
    case 'room': {
      const fields = {
        buildingId: reader.string('buildingId'),
        level: reader.number('level', { integer: true }),
        use: reader.oneOf('use', ROOM_USES),
      };
      const heightM = reader.optionalNumber('heightM', { positive: true });
      const polygon = geometryOf(reader, geometry, ['Polygon'], 'a room');
      return polygon && { ...common, kind, geometry: polygon, ...fields, ...defined({ heightM }) };
    }
    case 'opening': {
      const openingType = reader.oneOf('openingType', OPENING_TYPES);
      const roomId = reader.optionalString('roomId');
      const line = geometryOf(reader, geometry, ['LineString'], 'an opening');
      return line && { ...common, kind, geometry: line, openingType, ...defined({ roomId }) };
    }
    case 'fixture': {
      const fields = { fixtureType: reader.oneOf('fixtureType', FIXTURE_TYPES), roomId: reader.string('roomId') };
      const point = geometryOf(reader, geometry, ['Point'], 'a fixture');
      return point && { ...common, kind, geometry: point, ...fields };
    }
  }
}

/** The optional fields that have a value, so records carry no `key: undefined`. */
function defined<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
