/**
 * The records of a bundle's contract files exactly as written, without the loader's rejections: work in
 * progress (a room not yet named, a violation not yet sourced) must survive an import, and the loader's problems
 * are shown beside it instead. Skipped: what is not a record at all (no string id), and a record holding a number
 * JSON cannot hold (1e999, read as Infinity) or nested deeper than any record is — the loader reports it as not
 * loaded, and it is not, since nothing downstream (geometry, storage, comparison) survives it.
 */
import { isCleanJson } from '../json/scanJson';
import type { RawFile } from '../load/loadTypes';
import type { Dataset, PlanFeature, Source, Violation } from '../types';

type Feature = { geometry: unknown; properties: Record<string, unknown> };

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function featuresOf(value: unknown): Feature[] {
  const features = (value as { features?: unknown } | undefined)?.features;
  return Array.isArray(features) ? features.filter((feature): feature is Feature => typeof (feature as Feature | null)?.properties?.id === 'string' && isCleanJson(feature)) : [];
}

export function rawRecords(files: readonly RawFile[]): Pick<Dataset, 'plans' | 'violations' | 'sources'> {
  const records: Pick<Dataset, 'plans' | 'violations' | 'sources'> = { plans: [], violations: [], sources: [] };
  for (const { path, text } of files) {
    const content = parse(text);
    if (path.startsWith('plans/')) {
      const facilityId = (content as { facilityId?: unknown } | undefined)?.facilityId;
      if (typeof facilityId !== 'string') continue;
      const features = featuresOf(content).map(({ geometry, properties }) => ({ ...properties, geometry }) as unknown as PlanFeature);
      records.plans.push({ facilityId, file: path, features });
    } else if (path === 'violations.geojson') {
      for (const { geometry, properties } of featuresOf(content)) {
        const coordinates = (geometry as { coordinates?: number[] } | null)?.coordinates;
        records.violations.push({ ...properties, location: coordinates ? [...coordinates] : null } as unknown as Violation);
      }
    } else if (path === 'sources.json') {
      const sources = (content as { sources?: unknown } | undefined)?.sources;
      if (!Array.isArray(sources)) continue;
      for (const source of sources) if (typeof (source as Source | null)?.id === 'string' && isCleanJson(source)) records.sources.push(source as Source);
    }
  }
  return records;
}
