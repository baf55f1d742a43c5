/**
 * Uwazi's API JSON (`GET /api/search` → {rows}, `GET /api/v2/search` → {data, links}; NKPD runs on Uwazi) → rows.
 * An entity is {sharedId, language, title, template, metadata}; each metadata property is a list of
 * {value, label?}. A point is `<property>_geolocation: [{value: {lat, lon, label}}]`, or inherited from a related
 * entity: {value: '<entity id>', inheritedValue: [{value: {lat, lon}}], inheritedType: 'geolocation'}. The same
 * entity in several languages (one per language in a search) becomes one row with `title__ko` and the like.
 */
import { isPlainObject } from '../../validation/describeValue';
import { importProblem, type ImportProblem, type TableRow } from '../formatTypes';
import type { DocumentRead } from '../geojson/geojsonReader';
import { checkedPoint } from '../mapping/coordinates';
import { metadataCells } from './uwaziMetadata';

/** NKPD's "penal facility" template (the register was captured from `/api/search?types=[this]`). */
export const NKPD_FACILITY_TEMPLATE = '5ffd3802a52dd767e173941b';

type Entity = Record<string, unknown> & { sharedId: string };

/** Whether a JSON value is Uwazi's search answer (or a bare list of its entities). */
export function isUwaziSearch(value: unknown): boolean {
  const list = entitiesOf(value);
  return list !== null && list.length > 0 && list.every((entity) => isPlainObject(entity) && ('sharedId' in entity || 'metadata' in entity));
}

function entitiesOf(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (!isPlainObject(value)) return null;
  if (Array.isArray(value.data)) return value.data;
  if (Array.isArray(value.rows)) return value.rows;
  return null;
}

export function readUwaziJson(value: unknown, file: string): DocumentRead {
  const problems: ImportProblem[] = [];
  const groups = new Map<string, Entity[]>();
  (entitiesOf(value) ?? []).forEach((entity, index) => {
    if (!isPlainObject(entity) || typeof entity.sharedId !== 'string' || entity.sharedId === '') {
      problems.push(importProblem('error', file, `entity ${index + 1}`, 'uwazi.entity', 'This entity has no sharedId; it was skipped.'));
      return;
    }
    const group = groups.get(entity.sharedId) ?? [];
    group.push(entity as Entity);
    groups.set(entity.sharedId, group);
  });
  const rows = [...groups.values()].map((versions) => rowOf(versions, file, problems));
  if (rows.length === 0 && problems.length === 0) problems.push(importProblem('error', file, undefined, 'file.noRows', 'The search answer holds no entities.'));
  return { rows, problems, fileSources: [] };
}

function rowOf(versions: Entity[], file: string, problems: ImportProblem[]): TableRow {
  const primary = versions.find((entity) => entity.language === 'en') ?? versions[0]!;
  const where = `entity ${primary.sharedId}`;
  const cells: Record<string, string> = {};
  // NKPD's register entities keep the register's id convention; another Uwazi's entities get ids of their own.
  if (primary.template === NKPD_FACILITY_TEMPLATE) cells.sharedId = primary.sharedId;
  else cells.id = `uwazi-${primary.sharedId}`;
  cells['uwazi sharedId'] = primary.sharedId;
  if (typeof primary.title === 'string') cells.title = primary.title;
  if (typeof primary.template === 'string') cells.template = primary.template;
  const points = metadataCells(isPlainObject(primary.metadata) ? primary.metadata : {}, cells, '');
  for (const version of versions) {
    if (version === primary || typeof version.language !== 'string') continue;
    if (typeof version.title === 'string') cells[`title__${version.language}`] = version.title;
    const translated: Record<string, string> = {};
    metadataCells(isPlainObject(version.metadata) ? version.metadata : {}, translated, `__${version.language}`);
    for (const [name, text] of Object.entries(translated)) if (cells[name.replace(/__[a-z-]+$/i, '')] !== text) cells[name] = text;
  }
  const row: TableRow = { where, cells };
  const chosen = points.own[0] ?? points.inherited[0];
  if (points.own.length + points.inherited.length > 1) {
    problems.push(importProblem('warning', file, where, 'uwazi.points', 'The entity has more than one point; the first was used (as Uwazi\'s own CSV export does).'));
  }
  if (chosen) {
    const read = checkedPoint(chosen.lat, chosen.lon);
    if (read.ok) row.point = read.point;
    else row.geometryProblem = read.message;
  } else {
    row.point = null;
  }
  return row;
}
