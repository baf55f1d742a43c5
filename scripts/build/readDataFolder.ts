/**
 * Node I/O for the public gate: everything under a data folder, as the gate needs it — every file with its text,
 * every folder, and what could not be read as a problem (never an exception, so one bad file hides nothing).
 * Every folder is entered (to a depth no dataset needs), so the gate can name each file that does not belong and
 * say what it holds. The build's plugin and `npm run validate` both read through here: they see the same files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DataListing } from '../../src/domain/publish/publicGate';
import { FILE_LEVEL, type Problem } from '../../src/domain/problems';

/** Deeper than a dataset's plans/ folder by far; also ends a loop of symbolic links. */
const MAX_FOLDER_DEPTH = 8;

/** Reads `folder` (which must exist and be a folder: the caller says so otherwise). */
export function readDataFolder(folder: string): DataListing {
  const listing: DataListing = { files: [], folders: [], problems: [] };
  const visit = (relative: string, depth: number) => {
    for (const name of listNames(join(folder, relative), relative, listing.problems)) {
      const path = relative === '' ? name : `${relative}/${name}`;
      const kind = entryKind(join(folder, path), path, listing.problems);
      if (kind === 'folder') {
        listing.folders.push(path);
        if (depth < MAX_FOLDER_DEPTH) visit(path, depth + 1);
        else listing.problems.push(problem(`${path}/`, 'file.unreadable', 'Folders nest too deep here (a loop of links?); this one was not read.', 'Remove it from the data folder.'));
      } else if (kind === 'file') {
        const text = readText(join(folder, path), path, listing.problems);
        if (text !== null) listing.files.push({ path, text });
      }
    }
  };
  visit('', 1);
  return listing;
}

function listNames(fullPath: string, shownPath: string, problems: Problem[]): string[] {
  try {
    return readdirSync(fullPath).sort();
  } catch (error) {
    problems.push(unreadable(shownPath === '' ? '.' : `${shownPath}/`, error));
    return [];
  }
}

function entryKind(fullPath: string, shownPath: string, problems: Problem[]): 'file' | 'folder' | null {
  try {
    const stats = statSync(fullPath);
    if (stats.isDirectory()) return 'folder';
    if (stats.isFile()) return 'file';
    problems.push(problem(shownPath, 'file.unreadable', 'This is neither a file nor a folder (a device, socket or pipe); it cannot be published.', 'Remove it from the data folder.'));
  } catch (error) {
    problems.push(unreadable(shownPath, error));
  }
  return null;
}

/** The file's UTF-8 text, or null (reported) when it cannot be read or is not UTF-8. */
export function readText(fullPath: string, shownPath: string, problems: Problem[]): string | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(fullPath);
  } catch (error) {
    problems.push(unreadable(shownPath, error));
    return null;
  }
  try {
    // ignoreBOM keeps a byte-order mark in the text, so the loader can warn about it.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    problems.push(problem(shownPath, 'file.encoding', 'The file is not UTF-8 text.', 'Save it as UTF-8 (GeoJSON and JSON files must be UTF-8).'));
    return null;
  }
}

export function unreadable(path: string, error: unknown): Problem {
  const code = errorCode(error);
  return problem(
    path,
    'file.unreadable',
    `The file could not be read (${code ?? (error instanceof Error ? error.message : String(error))}).`,
    code === 'EISDIR' ? 'This is a folder, not a file.' : 'Check that it exists and that you may read it.',
  );
}

function problem(file: string, code: string, message: string, hint: string): Problem {
  return { level: 'error', code, file, featureId: FILE_LEVEL, message, hint };
}

export function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
