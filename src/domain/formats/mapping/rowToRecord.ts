/**
 * A row → a contract feature (not yet checked: the loader does that for all rows at once), with the fields the
 * file itself gave, which decide what the preview calls a change. Rows that already follow the contract (this
 * app's GeoJSON export) keep their properties whole: nothing the mapping cannot name is lost on the way back in.
 */
import type { Feature, Point } from 'geojson';
import type { SourceRef } from '../../types';
import type { ImportProblem, TableRow } from '../formatTypes';
import { facilityFromRow, type RecordBuild } from './facilityRow';
import type { ColumnMapping } from './importFields';
import { RowReader, type RecordContext } from './rowContext';
import { violationFromRow } from './violationRow';

/** A record made from a row: its feature, where it came from, and the fields (paths) the file gave. */
export interface BuiltRecord {
  id: string;
  where: string;
  feature: Feature<Point | null, Record<string, unknown>>;
  provided: string[];
}

/** Members this app's exports add to a feature for readers, which are not part of the record. */
const EXPORT_ONLY_MEMBERS = ['record', 'attribution', 'license', 'restricted'] as const;

export function rowToRecord(row: TableRow, mapping: ColumnMapping, contract: boolean, context: RecordContext, problems: ImportProblem[]): BuiltRecord | null {
  const reader = new RowReader(row, mapping, context, problems);
  const build = contract && row.contract ? fromContract(reader, row.contract) : context.kind === 'facilities' ? facilityFromRow(reader) : violationFromRow(reader);
  if (!build) return null;
  const provided = contract && row.contract ? providedPaths(build.properties) : reader.provided.map(fieldPath);
  if (build.location) provided.push('location');
  // A visibility the import forced (a file not said to be public) is not the file's word: it changes nothing held.
  const forced = context.kind === 'violations' && !context.publicImport;
  return {
    id: build.id,
    where: row.where,
    feature: { type: 'Feature', geometry: build.location ? { type: 'Point', coordinates: build.location } : null, properties: build.properties },
    provided: [...new Set(provided)].filter((path) => !(forced && path === 'visibility')),
  };
}

function fromContract(reader: RowReader, contract: Record<string, unknown>): RecordBuild | null {
  const properties: Record<string, unknown> = { ...contract };
  for (const member of EXPORT_ONLY_MEMBERS) delete properties[member];
  const place = reader.point();
  if (!place.ok) return null;
  const refs = Array.isArray(properties.sources) ? (properties.sources as SourceRef[]) : [];
  properties.sources = reader.sources(refs.filter((ref) => typeof ref?.sourceId === 'string'));
  if (reader.context.kind === 'violations' && !reader.context.publicImport) properties.visibility = 'restricted';
  const id = typeof properties.id === 'string' && properties.id.trim() !== '' ? properties.id : reader.id();
  properties.id = id;
  return { id, properties, location: place.point };
}

/** The preview's field paths: "latitude"/"longitude" are one "location"; "name.en" stays as it is. */
function fieldPath(field: string): string {
  return field === 'latitude' || field === 'longitude' || field === 'geolocation' ? 'location' : field;
}

/** Every compared path a contract record fills (see importPreview's COMPARED). */
function providedPaths(properties: Record<string, unknown>): string[] {
  const paths: string[] = [];
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined || key === 'sources') continue;
    if ((key === 'name' || key === 'summary' || key === 'date') && value !== null && typeof value === 'object') {
      paths.push(...Object.keys(value).map((inner) => `${key}.${inner}`));
    } else {
      paths.push(key);
    }
  }
  return paths;
}
