/**
 * Puts the reconstruction's sources and violations into the dataset's files, replacing its own earlier output: its
 * violations are those whose id starts "onsong-" (other imports' violations of the same facility, e.g. NKDB's, stay),
 * and the violations file's other members (an import's report) are kept.
 */
import type { Feature } from 'geojson';
import { SCHEMA_VERSION } from '../../../src/domain/enums';
import type { Source } from '../../../src/domain/types';

/** The prefix of every violation id this reconstruction writes. */
export const ONSONG_VIOLATION_PREFIX = 'onsong-';

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
  const others = listOf(existing.violations, 'features').filter((violation) => {
    const id = (violation.properties as Record<string, unknown> | undefined)?.id;
    return !(typeof id === 'string' && id.startsWith(ONSONG_VIOLATION_PREFIX));
  });
  const members = typeof existing.violations === 'object' && existing.violations !== null ? existing.violations : {};
  return {
    sources: { schemaVersion: SCHEMA_VERSION, sources },
    violations: { ...members, type: 'FeatureCollection', schemaVersion: SCHEMA_VERSION, features: [...others, ...additions.violations] },
  };
}
