/**
 * Interview sessions for the case file: one JSON document with a SHA-256 of each session and of all of them, the
 * export time and the app version, marked restricted — for one session or all, in the same format. Import checks
 * each session's shape and hash and adds only what is new: the same session twice is a duplicate, the same id
 * with other content a conflict that keeps the local record.
 */
import { sha256Hex } from '../bundle/sha256';
import { sessionShapeProblems } from './sessionShape';
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

/** The file an export is saved as: marked restricted, and for a single session named by its pseudonymous id. */
export function exportFileName(sessions: readonly InterviewSession[], exportedAt: string): string {
  const stamp = exportedAt.slice(0, 19).replace(/[:T]/g, '-');
  const only = sessions.length === 1 ? sessions[0] : undefined;
  return only
    ? `facility-atlas-interview-RESTRICTED-${only.interviewId.replace(/[^\w.-]+/g, '_')}-${stamp}.json`
    : `facility-atlas-interviews-RESTRICTED-${stamp}.json`;
}

/** Why (part of) a file was not imported; `message` in English, `code` for the UI to word it in its language. */
export interface ImportProblem {
  code: 'notJson' | 'notExport' | 'noManifest' | 'badShape' | 'hashMismatch' | 'notInFile';
  /** The session concerned, by id (or "#n" when it has none) and its place in the file from 1. */
  sessionId?: string;
  position?: number;
  /** The fields that are wrong, for badShape. */
  detail?: string;
  message: string;
}

export interface ImportResult {
  added: InterviewSession[];
  duplicates: string[];
  conflicts: string[];
  problems: ImportProblem[];
}

/**
 * The sessions of an export file that are new here. Each session is checked on its own — its shape, then its
 * SHA-256 against the manifest — so one bad session is reported by id and field while the good ones around it
 * are kept. The same session twice is a duplicate, never a second copy.
 */
export async function importSessions(json: string, existing: readonly InterviewSession[]): Promise<ImportResult> {
  const result: ImportResult = { added: [], duplicates: [], conflicts: [], problems: [] };
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch {
    result.problems.push({ code: 'notJson', message: 'This file is not JSON, so it is not an interview export.' });
    return result;
  }
  const { format, sessions, manifest } = (typeof document === 'object' && document !== null ? document : {}) as Partial<Record<keyof ExportDocument, unknown>>;
  if (format !== INTERVIEWS_FORMAT) {
    result.problems.push({ code: 'notExport', message: 'This file is not a Facility Atlas interview export (its "format" is not "facility-atlas-interviews").' });
    return result;
  }
  const listedEntries = (manifest as { sessions?: unknown } | null)?.sessions;
  if (!Array.isArray(sessions) || !Array.isArray(listedEntries)) {
    result.problems.push({ code: 'noManifest', message: 'This interview export has no list of sessions or no manifest of their SHA-256s, so nothing in it can be checked: export it again.' });
    return result;
  }
  const listed = new Map(listedEntries.map((entry: { id?: unknown; sha256?: unknown } | null) => [String(entry?.id), entry?.sha256]));
  const local = new Map(existing.map((session) => [session.id, session]));
  for (const [index, session] of sessions.entries()) {
    const id = typeof session?.id === 'string' ? session.id : `#${index + 1}`;
    const wrong = sessionShapeProblems(session);
    if (wrong.length > 0) {
      const detail = wrong.join('; ');
      result.problems.push({ code: 'badShape', sessionId: id, position: index + 1, detail, message: `Session "${id}" (number ${index + 1} in the file) was not imported: ${detail}.` });
      continue;
    }
    const digest = await hash(session);
    if (listed.get(id) !== digest) {
      result.problems.push({ code: 'hashMismatch', sessionId: id, position: index + 1, message: `Session "${id}" does not match its SHA-256 in the manifest: it was changed after export and was not imported.` });
      continue;
    }
    const mine = local.get(id);
    if (!mine) {
      result.added.push(session as InterviewSession);
      local.set(id, session as InterviewSession);
    } else if ((await hash(mine)) === digest) result.duplicates.push(id);
    else result.conflicts.push(id);
  }
  const inFile = new Set(sessions.map((session: { id?: unknown } | null) => session?.id));
  for (const id of listed.keys()) {
    if (!inFile.has(id)) result.problems.push({ code: 'notInFile', sessionId: id, message: `Session "${id}" is listed in the manifest but missing from the file.` });
  }
  return result;
}
