/**
 * Validates dataset folders and files against the data contract (DESIGN.md §2) with the same loader the app
 * uses, and a folder through the same public gate the build uses (src/domain/publish/publicGate.ts).
 * Exit 0: no errors (warnings allowed); 1: errors; 2: misuse; 3: a check failed inside the validator itself (the
 * file is named, and every other file's results are kept).
 *   npm run validate -- [DIR|FILE ...] [--kind facilities|plan|violations|sources|provinces] [--json]
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFile } from '../src/domain/loadDataset';
import { FILE_LEVEL, INTERNAL_ERROR, internalError } from '../src/domain/problems';
import type { Province } from '../src/domain/types';
import { formatJson, formatText, summarise, type Report } from './validate/formatReport';
import { parseArguments, USAGE } from './validate/parseArguments';
import { validateFile, validateFolder, type TargetResult } from './validate/validateTarget';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLED_DATA = resolve(PROJECT_ROOT, 'data/geojson');
/** A fault in the validator, not in the data: its own code, so a script can tell the two apart. */
const EXIT_INTERNAL = 3;

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArguments(argv);
  if (!parsed.ok) return misuse(parsed.message);
  const { paths, kind, json, help } = parsed.arguments;
  if (help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const targets = paths.length > 0 ? paths : [relative(process.cwd(), BUNDLED_DATA) || '.'];
  const kinds = await Promise.all(targets.map(pathType));
  const missing = targets.find((_, index) => kinds[index] === null);
  if (missing !== undefined) return misuse(`no such file or directory: ${missing}`);
  if (kind && kinds.includes('folder')) return misuse('--kind applies to files, not to folders');

  const provinces = bundledProvinces();
  const results: TargetResult[] = [];
  for (const [index, target] of targets.entries()) {
    try {
      results.push(kinds[index] === 'folder' ? await validateFolder(target, provinces) : await validateFile(target, kind, provinces));
    } catch (error) {
      // A fault outside any one file's checks: name the target, keep the other targets' results.
      results.push({ files: [target], records: 0, problems: [internalError(target, FILE_LEVEL, error)] });
    }
  }
  const files = results.flatMap((result) => result.files);
  const problems = results.flatMap((result) => result.problems);
  const records = results.reduce((sum, result) => sum + result.records, 0);
  const report: Report = { files, problems, summary: summarise(files, records, problems) };
  process.stdout.write(json ? formatJson(report) : formatText(report));
  if (problems.some((problem) => problem.code === INTERNAL_ERROR)) return EXIT_INTERNAL;
  return report.summary.errors > 0 ? 1 : 0;
}

async function pathType(path: string): Promise<'folder' | 'file' | null> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch {
    return null;
  }
}

/** The project's own boundaries, read once and only when a target has none; unusable ones mean no province check. */
function bundledProvinces(): () => Promise<Province[]> {
  let loading: Promise<Province[]> | null = null;
  return () => {
    loading ??= readFile(resolve(BUNDLED_DATA, 'provinces.geojson'), 'utf8').then(
      (text) => loadFile({ path: 'provinces.geojson', text }, 'provinces').records.provinces ?? [],
      () => [],
    );
    return loading;
  };
}

function misuse(message: string): number {
  process.stderr.write(`validate: ${message}\n${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug in this tool, not bad data: say so in one line rather than a stack trace.
    process.stderr.write(`validate: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT_INTERNAL;
  },
);
