/** Puts the reconstruction's sources and violations into the dataset's files, replacing its own earlier output. */
import type { Feature } from 'geojson';
import type { Source } from '../../../src/domain/types';
import { ONSONG_FACILITY_ID } from './onsongSources';

interface Existing {
  sources: unknown;
  violations: unknown;
}

interface Additions {
  sources: Source[];
  violations: Feature<null>[];
}

const listOf = (value: unknown, key: string): Record<string, unknown>[] => {
  const list = (value as Record<string, unknown> | undefined)?.[key];
  return Array.isArray(list) ? (list as Record<string, unknown>[]) : [];
};

export function mergeOnsong(existing: Existing, additions: Additions) {
  const ownIds = new Set(additions.sources.map((source) => source.id));
  const sources = [...listOf(existing.sources, 'sources').filter((source) => !ownIds.has(source.id as string)), ...additions.sources];
  const others = listOf(existing.violations, 'features').filter(
    (violation) => (violation.properties as Record<string, unknown> | undefined)?.facilityId !== ONSONG_FACILITY_ID,
  );
  return {
    sources: { schemaVersion: 1, sources },
    violations: { type: 'FeatureCollection', schemaVersion: 1, features: [...others, ...additions.violations] },
  };
}
