/** Puts the reconstruction's sources and violations into the dataset's files, replacing its own earlier output. */
import type { Feature } from 'geojson';
import { SCHEMA_VERSION } from '../../../src/domain/enums';
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
    sources: { schemaVersion: SCHEMA_VERSION, sources },
    violations: { type: 'FeatureCollection', schemaVersion: SCHEMA_VERSION, features: [...others, ...additions.violations] },
  };
}
