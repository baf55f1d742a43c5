/**
 * What an import would do to the records held, by id: add a record, change one (fill in what it lacks), leave
 * one unchanged, or conflict with one (say something else than it does). Only fields the file itself gave are
 * compared, so a default the import filled in ("unknown") never contradicts what is held. Nothing is written here.
 */
import { nameKey } from '../../register/displayText';
import { isPublicSource } from '../../publish/sourceVisibility';
import { facilityFeature } from '../../register/facilityFeature';
import type { Dataset } from '../../types';
import { violationToGeoJson } from '../../workbench/contractFiles';
import type { ImportResult } from './runImport';

export const PREVIEW_STATUSES = ['added', 'changed', 'unchanged', 'conflicting'] as const;
export type PreviewStatus = (typeof PREVIEW_STATUSES)[number];

export interface FieldDifference {
  /** A compared path: "name.ko", "type", "location" … */
  field: string;
  held: unknown;
  imported: unknown;
  /** fill: the held record lacks it; conflict: it says something else. */
  kind: 'fill' | 'conflict';
}

export interface PreviewEntry {
  id: string;
  /** Where the record is in the imported file ("row 5"). */
  where: string;
  status: PreviewStatus;
  differences: FieldDifference[];
  /** A held record with another id but the same English name: perhaps the same place. */
  sameNameAs?: string;
  /**
   * The change would put what a restricted file says into a record that is published (a facility citing a public
   * source; a public violation). applyImport does not apply it; importing the file as public does.
   */
  restrictedIntoPublic?: boolean;
}

export interface ImportPreview {
  entries: PreviewEntry[];
  counts: Record<PreviewStatus, number>;
}

const COMPARED = {
  facilities: ['name.en', 'name.ko', 'type', 'agency', 'province', 'county', 'status', 'precision', 'location', 'nkpdId', 'aliases', 'role', 'linkedKind'],
  violations: ['facilityId', 'roomId', 'category', 'date.from', 'date.to', 'summary.en', 'summary.ko', 'placement', 'visibility', 'location'],
} as const;

/** Coordinates closer than this are the same point (text formats carry every digit; this absorbs float noise). */
const SAME_POINT_DEGREES = 1e-9;

type Properties = Record<string, unknown>;

export function previewImport(result: ImportResult, existing: Dataset): ImportPreview {
  const held = new Map<string, { properties: Properties; location: unknown; published: boolean }>();
  if (result.kind === 'facilities') {
    // A facility is published when it cites a public source (every bundled one does); one imported on this device
    // from a restricted file is not, so a later restricted file may change it.
    const publicIds = new Set(existing.sources.filter(isPublicSource).map((source) => source.id));
    for (const facility of existing.facilities) {
      const published = facility.sources.some((ref) => publicIds.has(ref.sourceId));
      held.set(facility.id, { properties: facilityFeature(facility).properties as unknown as Properties, location: facility.location, published });
    }
  } else {
    for (const violation of existing.violations) {
      held.set(violation.id, { properties: violationToGeoJson(violation).properties as unknown as Properties, location: violation.location, published: violation.visibility === 'public' });
    }
  }
  const names = new Map(result.kind === 'facilities' ? existing.facilities.map((facility) => [nameKey(facility.name.en), facility.id] as const) : []);
  const restrictedFile = result.source.visibility !== 'public';
  const entries = result.records.map((record): PreviewEntry => {
    const imported = record.feature.properties;
    const importedLocation = record.feature.geometry?.coordinates ?? null;
    const target = held.get(record.id);
    if (!target) {
      const same = typeof imported.name === 'object' && imported.name ? names.get(nameKey(String((imported.name as Properties).en ?? ''))) : undefined;
      return { id: record.id, where: record.where, status: 'added', differences: [], ...(same ? { sameNameAs: same } : {}) };
    }
    const differences = COMPARED[result.kind]
      .filter((field) => record.provided.includes(field))
      .flatMap((field) => difference(field, valueAt(target.properties, target.location, field), valueAt(imported, importedLocation, field), target.location === null));
    const status: PreviewStatus = differences.length === 0 ? 'unchanged' : differences.some((item) => item.kind === 'conflict') ? 'conflicting' : 'changed';
    const entry: PreviewEntry = { id: record.id, where: record.where, status, differences };
    if (status !== 'unchanged' && restrictedFile && target.published) entry.restrictedIntoPublic = true;
    return entry;
  });
  const counts = Object.fromEntries(PREVIEW_STATUSES.map((status) => [status, entries.filter((entry) => entry.status === status).length])) as Record<PreviewStatus, number>;
  return { entries, counts };
}

function valueAt(properties: Properties, location: unknown, field: string): unknown {
  if (field === 'location') return location;
  const [head, tail] = field.split('.') as [string, string | undefined];
  const value = properties[head];
  return tail === undefined ? value : value && typeof value === 'object' ? (value as Properties)[tail] : undefined;
}

function difference(field: string, held: unknown, imported: unknown, heldUnlocated: boolean): FieldDifference[] {
  if (same(held, imported)) return [];
  // A held record without a point is "province" precise: the point and its precision fill it in together.
  const absent = isAbsent(held) || (field === 'status' && held === 'unknown') || (field === 'precision' && heldUnlocated);
  return [{ field, held, imported, kind: absent ? 'fill' : 'conflict' }];
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.every((item) => typeof item === 'number') && b.every((item) => typeof item === 'number')) {
      return a.length >= 2 && b.length >= 2 && a.slice(0, 2).every((value, index) => Math.abs(value - (b[index] as number)) <= SAME_POINT_DEGREES);
    }
    return JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
  }
  return a === b || (isAbsent(a) && isAbsent(b));
}
