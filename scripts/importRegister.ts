/**
 * npm run import:register -- [register.tsv] [supplement.geojson] [--captured YYYY-MM-DD] [--provinces file]
 * Writes data/geojson/{facilities.geojson, sources.json, provinces.geojson}. Paths are relative to the project root;
 * the defaults are the shared reference data. Sources in the current sources.json that the import does not generate
 * (added by hand for plans and violations) are kept. The logic is in src/domain/register; this file only reads
 * and writes.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRegisterImport } from '../src/domain/register/buildFacilityCollection';
import { jsonFileText } from '../src/domain/register/facilityFeature';
import { MalformedInputError } from '../src/domain/register/importIssue';
import { summaryLines } from '../src/domain/register/importSummary';
import { provincesFromOcha } from '../src/domain/register/provincesFromOcha';
import { capturedAtFromFileName } from '../src/domain/register/registerTsv';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT_DIR = resolve(PROJECT_ROOT, 'data/geojson');
/** The sources file the import rewrites; read first so its hand-added sources are kept. */
const SOURCES_FILE = 'data/geojson/sources.json';
const DEFAULTS = {
  register: '../shared/data/nkpd-register-2026-10-01.tsv',
  supplement: '../shared/data/public-facilities.geojson',
  provinces: '../shared/data/provinces-ocha-cod-ab.geojson',
};

interface Options {
  register: string;
  supplement: string;
  provinces: string;
  captured?: string;
}

function parseArguments(args: readonly string[]): Options {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const value = args[index + 1];
    if (!['--captured', '--provinces'].includes(arg) || value === undefined) {
      throw new MalformedInputError(`unknown option or missing value: ${arg}`);
    }
    flags[arg.slice(2)] = value;
    index += 1;
  }
  return {
    register: positional[0] ?? DEFAULTS.register,
    supplement: positional[1] ?? DEFAULTS.supplement,
    provinces: flags.provinces ?? DEFAULTS.provinces,
    ...(flags.captured ? { captured: flags.captured } : {}),
  };
}

function readText(path: string): string {
  const absolute = resolve(PROJECT_ROOT, path);
  if (!existsSync(absolute)) throw new MalformedInputError(`input file not found: ${path}`);
  return readFileSync(absolute, 'utf8');
}

function readJson(path: string): unknown {
  const text = readText(path);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new MalformedInputError(`${path}: not valid JSON (${(error as Error).message.replace(/\s+/g, ' ')})`);
  }
}

function capturedAt(options: Options): string {
  const date = options.captured ?? capturedAtFromFileName(basename(options.register));
  if (!date) {
    throw new MalformedInputError(
      'cannot tell when the register was captured: name it nkpd-register-YYYY-MM-DD.tsv or pass --captured YYYY-MM-DD',
    );
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
    throw new MalformedInputError(`--captured must be a date YYYY-MM-DD, got "${date}"`);
  }
  return date;
}

function main(): void {
  const options = parseArguments(process.argv.slice(2));
  const hasSources = existsSync(resolve(PROJECT_ROOT, SOURCES_FILE));
  const provinces = provincesFromOcha(readJson(options.provinces), basename(options.provinces));
  const result = buildRegisterImport({
    registerTsv: readText(options.register),
    registerFile: basename(options.register),
    supplement: readJson(options.supplement),
    supplementFile: basename(options.supplement),
    capturedAt: capturedAt(options),
    ...(hasSources ? { existingSources: readJson(SOURCES_FILE), existingSourcesFile: SOURCES_FILE } : {}),
    provinces: provinces.features.map(({ properties, geometry }) => ({ name: properties.name, pcode: properties.pcode, geometry })),
  });
  for (const issue of result.issues) console.warn(`warning: ${issue.file} ${issue.where}: ${issue.message}`);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(resolve(OUTPUT_DIR, 'facilities.geojson'), jsonFileText(result.facilities));
  writeFileSync(resolve(OUTPUT_DIR, 'sources.json'), jsonFileText(result.sources));
  writeFileSync(resolve(OUTPUT_DIR, 'provinces.geojson'), jsonFileText(provinces));
  console.log(`Register captured ${result.facilities.register.capturedAt} → data/geojson/`);
  for (const line of summaryLines(result.summary)) console.log(`  ${line}`);
  console.log(`  provinces: ${provinces.features.length}`);
}

try {
  main();
} catch (error) {
  // Bad input is the user's to fix: one line, no stack. Anything else is a bug and keeps its stack.
  if (!(error instanceof MalformedInputError)) throw error;
  console.error(`import:register: ${error.message}`);
  process.exitCode = 1;
}
