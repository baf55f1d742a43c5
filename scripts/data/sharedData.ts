/**
 * The shared reference data folder: `../shared/data` beside the project, or beside its parent folder when the
 * project is a git worktree kept one level down (e.g. worktrees/<name>/). Undefined when neither exists.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function sharedDataFolder(): string | undefined {
  return ['../shared/data', '../../shared/data'].map((path) => resolve(PROJECT_ROOT, path)).find((path) => existsSync(path));
}
