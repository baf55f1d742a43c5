/**
 * Sources the import did not generate survive a re-import. The import owns exactly two kinds of source: the
 * register's ("nkpd-register") and one per supplement URL, whose id it derives from that URL
 * (supplementSourceId). Every other source in the existing sources.json — added by hand for plans and violations —
 * is kept as it is, in its existing order, after the generated ones. A generated source the supplement no longer
 * cites is recognised by its id and dropped, so stale import output never lingers as if it were hand-added.
 */
import type { Source } from '../types';
import { isPlainObject } from '../validation/describeValue';
import { MalformedInputError, type ImportIssue } from './importIssue';
import { FIGURE_SOURCES } from './registerFigures';
import { REGISTER_SOURCE_ID } from './registerSources';
import { supplementSourceId } from './supplementSources';

export interface KeptSources {
  kept: Source[];
  issues: ImportIssue[];
}

/** True when the import itself writes a source with this id (and url): the register's, or a supplement URL's. */
export function isGeneratedSource(source: { id: string; url?: unknown }): boolean {
  if (source.id === REGISTER_SOURCE_ID || FIGURE_SOURCES.some((figure) => figure.id === source.id)) return true;
  return typeof source.url === 'string' && source.id === supplementSourceId(source.url);
}

function existingEntries(existing: unknown, file: string): Record<string, unknown>[] {
  if (!isPlainObject(existing) || !Array.isArray(existing.sources)) {
    throw new MalformedInputError(`${file}: not a sources list; expected {"schemaVersion": 1, "sources": [ … ]}`);
  }
  return existing.sources.map((entry: unknown, index) => {
    if (!isPlainObject(entry) || typeof entry.id !== 'string' || entry.id.trim() === '') {
      throw new MalformedInputError(`${file}: source #${index} has no id; fix it by hand before re-importing`);
    }
    return entry;
  });
}

/**
 * The sources of the existing file (parsed JSON, or undefined when there is none) that the import must keep.
 * Throws when a kept source takes an id the import generates: the written file would hold that id twice.
 */
export function keptSources(existing: unknown, generated: readonly Source[], file: string): KeptSources {
  if (existing === undefined) return { kept: [], issues: [] };
  const generatedById = new Map(generated.map((source) => [source.id, source]));
  const generatedByUrl = new Map(generated.flatMap((source) => (source.url ? [[source.url, source] as const] : [])));
  const kept: Source[] = [];
  const issues: ImportIssue[] = [];
  for (const entry of existingEntries(existing, file)) {
    const id = entry.id as string;
    if (isGeneratedSource({ id, url: entry.url })) continue;
    if (generatedById.has(id)) {
      throw new MalformedInputError(`${file}: source "${id}" was added by hand but the import generates that id; rename it`);
    }
    const sameUrl = typeof entry.url === 'string' ? generatedByUrl.get(entry.url) : undefined;
    if (sameUrl) {
      const message = `kept source "${id}" has the same URL as the imported source "${sameUrl.id}"; cite one of them`;
      issues.push({ file, where: `source "${id}"`, message, skipped: false });
    }
    // Kept as written: the validator checks its fields; the import neither fixes nor reorders them.
    kept.push(entry as unknown as Source);
  }
  return { kept, issues };
}
