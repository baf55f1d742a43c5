/**
 * Rule 2 at build time: the public build ships every file under data/geojson, so a record marked restricted there
 * (a source or a violation) stops the build instead of reaching the public. Restricted material lives in an
 * investigator's local workspace and leaves it only through an explicit export.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

/** Ids of the records in one parsed data file whose visibility is "restricted" (sources and features alike). */
export function restrictedIds(json: unknown): string[] {
  if (typeof json !== 'object' || json === null) return [];
  const record = json as { sources?: unknown; features?: unknown };
  const entries = [...(Array.isArray(record.sources) ? record.sources : []), ...(Array.isArray(record.features) ? record.features : [])];
  return entries.flatMap((entry: { id?: unknown; visibility?: unknown; properties?: { id?: unknown; visibility?: unknown } }) => {
    const fields = entry?.properties ?? entry;
    return fields?.visibility === 'restricted' ? [String(fields.id ?? '(no id)')] : [];
  });
}

function dataFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return dataFiles(path);
    return /\.(geojson|json)$/.test(name) ? [path] : [];
  });
}

/** Every restricted record in the folder, as "file: id" lines; unreadable JSON is the loader's business, not this. */
export function restrictedInFolder(folder: string): string[] {
  return dataFiles(folder).flatMap((path) => {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      return [];
    }
    return restrictedIds(json).map((id) => `${relative(folder, path)}: ${id}`);
  });
}

export function publicDataGuard(folder: string): Plugin {
  return {
    name: 'facility-atlas:public-data-guard',
    apply: 'build',
    buildStart() {
      const found = restrictedInFolder(folder);
      if (found.length === 0) return;
      this.error(
        `data/geojson holds records marked restricted, which the public build would publish:\n  ${found.join('\n  ')}\n` +
          'Remove them from data/geojson (keep them in a local workspace export), or mark them public if they are.',
      );
    },
  };
}
