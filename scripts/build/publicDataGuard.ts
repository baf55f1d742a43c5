/**
 * Rule 2 at build time: the public build ships every file under data/geojson, so restricted material there stops
 * the build instead of reaching the public: a source or a violation marked restricted, a file marked restricted
 * as a whole (an interview export, a private bundle's manifest), interview records, and any record citing an
 * interview source (`interview-…`) or a source marked restricted in any file of the folder. Restricted material
 * lives in an investigator's local workspace and leaves it only through an explicit export.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { INTERVIEWS_FORMAT } from '../../src/domain/interview/sessionExport';
import { INTERVIEW_SOURCE_PREFIX } from '../../src/domain/workbench/corroborate';

const isInterviewSource = (id: string) => id.startsWith(INTERVIEW_SOURCE_PREFIX);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function sourceAndFeatureEntries(json: unknown): Record<string, unknown>[] {
  if (!isObject(json)) return [];
  const entries = [...(Array.isArray(json.sources) ? json.sources : []), ...(Array.isArray(json.features) ? json.features : [])];
  return entries.map((entry) => (isObject(entry) && isObject(entry.properties) ? entry.properties : entry)).filter(isObject);
}

/** Ids of the records in one parsed data file whose visibility is "restricted" (sources and features alike). */
export function restrictedIds(json: unknown): string[] {
  return sourceAndFeatureEntries(json)
    .filter((fields) => fields.visibility === 'restricted')
    .map((fields) => String(fields.id ?? '(no id)'));
}

/** Source ids a file marks restricted, or names as interviews: nothing may cite them in the public build. */
export function restrictedSourceIds(json: unknown): string[] {
  if (!isObject(json) || !Array.isArray(json.sources)) return [];
  return json.sources.filter(isObject).flatMap((source) => (typeof source.id === 'string' && (source.visibility === 'restricted' || isInterviewSource(source.id)) ? [source.id] : []));
}

/** What marks a whole file as restricted: its own flag, the interview export format, or interview records in it. */
export function restrictedFileMarks(json: unknown): string[] {
  if (!isObject(json)) return [];
  const marks: string[] = [];
  if (json.format === INTERVIEWS_FORMAT) marks.push('an interview export (format "facility-atlas-interviews")');
  const flag = json.restricted;
  const listed = isObject(flag) ? Object.values(flag).flatMap((ids) => (Array.isArray(ids) ? ids : [ids])) : [];
  if (flag === true) marks.push('the file is marked restricted (restricted: true)');
  else if (listed.length > 0) marks.push(`the file lists restricted records (${listed.map(String).join(', ')})`);
  const sessions = Array.isArray(json.sessions) ? json.sessions.filter((session) => isObject(session) && ('interviewId' in session || 'answers' in session)) : [];
  for (const session of sessions) marks.push(`interview session ${String(session.id ?? '(no id)')} (interview ${String(session.interviewId ?? '?')})`);
  return marks;
}

/** Records citing an interview source or one of `restricted`, as "record cites source" lines, anywhere in the file. */
export function restrictedReferences(json: unknown, restricted: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const walk = (node: unknown, owner: string) => {
    if (Array.isArray(node)) return node.forEach((item) => walk(item, owner));
    if (!isObject(node)) return;
    const ownId = node.id ?? (isObject(node.properties) ? node.properties.id : undefined);
    const here = typeof ownId === 'string' ? ownId : owner;
    const cited = node.sourceId;
    if (typeof cited === 'string' && (restricted.has(cited) || isInterviewSource(cited))) found.push(`${here} cites restricted source ${cited}`);
    for (const value of Object.values(node)) walk(value, here);
  };
  walk(json, '(file)');
  return found;
}

function dataFiles(folder: string): string[] {
  return readdirSync(folder).sort().flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return dataFiles(path);
    return /\.(geojson|json)$/.test(name) ? [path] : [];
  });
}

/** Every restricted thing in the folder, as "file: what" lines; unreadable JSON is the loader's business, not this. */
export function restrictedInFolder(folder: string): string[] {
  const files = dataFiles(folder).flatMap((path) => {
    try {
      return [{ name: relative(folder, path), json: JSON.parse(readFileSync(path, 'utf8')) as unknown }];
    } catch {
      return [];
    }
  });
  const restrictedSources = new Set(files.flatMap(({ json }) => restrictedSourceIds(json)));
  return files.flatMap(({ name, json }) => {
    const restricted = restrictedIds(json);
    const interviewSources = restrictedSourceIds(json).filter((id) => isInterviewSource(id) && !restricted.includes(id));
    return [...restrictedFileMarks(json), ...restricted, ...interviewSources.map((id) => `${id} is an interview source`), ...restrictedReferences(json, restrictedSources)].map(
      (what) => `${name}: ${what}`,
    );
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
        `data/geojson holds restricted material (records, interview records or references to restricted sources), which the public build would publish:\n  ${found.join('\n  ')}\n` +
          'Remove it from data/geojson (keep it in a local workspace or an interview export kept off the public repository), or mark the records public if they are.',
      );
    },
  };
}
