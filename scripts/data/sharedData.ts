/**
 * The shared reference data folder: $SHARED_DATA when set, else `../shared/data` beside the project, or beside its
 * parent folder when the project is a git worktree kept one level down (e.g. worktrees/<name>/). Undefined when
 * none of them exists.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function sharedDataFolder(): string | undefined {
  const candidates = [process.env.SHARED_DATA, '../shared/data', '../../shared/data'].filter((path): path is string => Boolean(path));
  return candidates.map((path) => resolve(PROJECT_ROOT, path)).find((path) => existsSync(path));
}
