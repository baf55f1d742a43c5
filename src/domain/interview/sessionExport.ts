/**
 * Interview sessions for the case file: one JSON document with a SHA-256 of each session and of all of them, the
 * export time and the app version, marked restricted. Import checks the hashes and adds only what is new: the
 * same session twice is a duplicate, the same id with other content a conflict that keeps the local record.
 */
import { sha256Hex } from '../bundle/sha256';
import type { InterviewSession } from './sessionTypes';

export const INTERVIEWS_FORMAT = 'facility-atlas-interviews';

interface ExportDocument {
  format: typeof INTERVIEWS_FORMAT;
  formatVersion: 1;
  appVersion: string;
  exportedAt: string;
  restricted: true;
  manifest: { sha256: string; sessions: { id: string; sha256: string }[] };
  sessions: InterviewSession[];
}

const hash = (value: unknown) => sha256Hex(new TextEncoder().encode(JSON.stringify(value)));

export async function exportSessions(sessions: readonly InterviewSession[], options: { appVersion: string; exportedAt: string }): Promise<{ json: string }> {
  const document: ExportDocument = {
    format: INTERVIEWS_FORMAT,
    formatVersion: 1,
    ...options,
    restricted: true,
    manifest: { sha256: await hash(sessions), sessions: await Promise.all(sessions.map(async (session) => ({ id: session.id, sha256: await hash(session) }))) },
    sessions: [...sessions],
  };
  return { json: `${JSON.stringify(document, null, 2)}\n` };
}

export interface ImportResult {
  added: InterviewSession[];
  duplicates: string[];
  conflicts: string[];
  problems: string[];
}

export async function importSessions(json: string, existing: readonly InterviewSession[]): Promise<ImportResult> {
  const result: ImportResult = { added: [], duplicates: [], conflicts: [], problems: [] };
  let document: ExportDocument;
  try {
    document = JSON.parse(json) as ExportDocument;
  } catch {
    result.problems.push('This file is not JSON, so it is not an interview export.');
    return result;
  }
  if (document?.format !== INTERVIEWS_FORMAT || !Array.isArray(document.sessions) || !document.manifest) {
    result.problems.push('This file is not a Facility Atlas interview export.');
    return result;
  }
  const listed = new Map(document.manifest.sessions.map((entry) => [entry.id, entry.sha256]));
  const local = new Map(existing.map((session) => [session.id, session]));
  for (const session of document.sessions) {
    const digest = await hash(session);
    if (listed.get(session?.id) !== digest) {
      result.problems.push(`Session "${String(session?.id)}" does not match its SHA-256 in the manifest: it was changed after export and was not imported.`);
      continue;
    }
    const mine = local.get(session.id);
    if (!mine) result.added.push(session);
    else if ((await hash(mine)) === digest) result.duplicates.push(session.id);
    else result.conflicts.push(session.id);
  }
  return result;
}
