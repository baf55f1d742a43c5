/**
 * Writes a glTF model for each facility plan (DESIGN.md §3): data/geojson/plans/*.geojson →
 * assets/models/<facility-id>.glb. Plans with errors are skipped with the reason; hand-made models are kept.
 *   npm run build:models -- [DATA_DIR [OUTPUT_DIR]]
 */
import { stat } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildModels, formatOutcome } from './models/buildModelFiles';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run build:models -- [DATA_DIR [OUTPUT_DIR]]';

async function main(argv: readonly string[]): Promise<number> {
  if (argv.length > 2 || argv.some((argument) => argument.startsWith('-'))) return fail(USAGE);
  const shown = (path: string) => relative(process.cwd(), path) || '.';
  const dataFolder = shown(argv[0] ?? resolve(PROJECT_ROOT, 'data/geojson'));
  const outputFolder = shown(argv[1] ?? resolve(PROJECT_ROOT, 'assets/models'));
  if (!(await isFolder(dataFolder))) return fail(`no dataset folder at ${dataFolder}`);

  const outcomes = await buildModels(dataFolder, outputFolder);
  if (outcomes.length === 0) process.stdout.write(`no plans in ${dataFolder}/plans\n`);
  for (const outcome of outcomes) process.stdout.write(`${formatOutcome(outcome)}\n`);
  return 0;
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

function fail(message: string): number {
  process.stderr.write(`build:models: ${message}\n`);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A failed write or a bug: one line, not a stack trace.
    process.exitCode = fail(error instanceof Error ? error.message : String(error));
  },
);
