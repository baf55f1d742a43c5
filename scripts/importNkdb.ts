/**
 * npm run import:nkdb -- [capture folder]   (default ../shared/data/nkdb-visualatlas/ beside the project)
 * Reads incidents.json, locations.json and match-candidates.tsv from the folder and rewrites, in data/geojson only,
 * the import's own records: NKDB's incidents as violations in violations.geojson (with the report in its "imports"
 * member), the facilities added from NKDB in facilities.geojson, and the NKDB source in sources.json. Everything
 * else in those files is left as it was. Run after npm run import:register (which rewrites facilities.geojson).
 * The logic is in src/domain/nkdb; this file only reads, checks the capture's SHA-256 and writes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadFile } from '../src/domain/loadDataset';
import { buildNkdbImport } from '../src/domain/nkdb/buildNkdbImport';
import { VISUAL_ATLAS_CAPTURE } from '../src/domain/nkdb/nkdbSource';
import { reportLines } from '../src/domain/nkdb/reportLines';
import { jsonFileText } from '../src/domain/register/facilityFeature';
import { MalformedInputError } from '../src/domain/register/importIssue';
import { PROJECT_ROOT, sharedDataFolder } from './data/sharedData';

const DATA = resolve(PROJECT_ROOT, 'data/geojson');
const DEFAULT_CAPTURE = 'nkdb-visualatlas';

function readText(path: string): string {
  if (!existsSync(path)) throw new MalformedInputError(`input file not found: ${path}`);
  return readFileSync(path, 'utf8');
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readText(path)) as unknown;
  } catch (error) {
    if (error instanceof MalformedInputError) throw error;
    throw new MalformedInputError(`${path}: not valid JSON (${(error as Error).message.replace(/\s+/g, ' ')})`);
  }
}

/** The capture's files must be the ones the source record describes: its commit, its scraper, its date. */
function checkCapture(folder: string): void {
  for (const [name, expected] of Object.entries({ 'incidents.json': VISUAL_ATLAS_CAPTURE.sha256.incidents, 'locations.json': VISUAL_ATLAS_CAPTURE.sha256.locations })) {
    const actual = createHash('sha256').update(readText(join(folder, name))).digest('hex');
    if (actual !== expected) {
      throw new MalformedInputError(
        `${join(folder, name)} is not the capture this import describes (SHA-256 ${actual}, expected ${expected}); ` +
          'describe the new capture (who took it, when, from which commit) in VISUAL_ATLAS_CAPTURE (src/domain/nkdb/nkdbSource.ts) first',
      );
    }
  }
}

function provinces() {
  const path = resolve(DATA, 'provinces.geojson');
  return existsSync(path) ? loadFile({ path: 'provinces.geojson', text: readText(path) }, 'provinces').records.provinces ?? [] : [];
}

function main(): void {
  const shared = sharedDataFolder();
  const given = process.argv[2];
  if (given === undefined && shared === undefined) throw new MalformedInputError('no ../shared/data folder beside the project: give the capture folder');
  const folder = given === undefined ? join(shared ?? '', DEFAULT_CAPTURE) : resolve(process.cwd(), given);
  checkCapture(folder);
  const optional = (name: string) => (existsSync(resolve(DATA, name)) ? readJson(resolve(DATA, name)) : undefined);
  const result = buildNkdbImport({
    incidents: readJson(join(folder, 'incidents.json')),
    locations: readJson(join(folder, 'locations.json')),
    candidatesTsv: readText(join(folder, 'match-candidates.tsv')),
    facilities: existsSync(resolve(DATA, 'facilities.geojson')) ? readJson(resolve(DATA, 'facilities.geojson')) : undefined,
    violations: optional('violations.geojson'),
    sources: optional('sources.json'),
    provinces: provinces(),
  });
  writeFileSync(resolve(DATA, 'facilities.geojson'), jsonFileText(result.facilities));
  writeFileSync(resolve(DATA, 'violations.geojson'), jsonFileText(result.violations));
  writeFileSync(resolve(DATA, 'sources.json'), jsonFileText(result.sources));
  console.log(`NKDB Visual Atlas captured ${result.report.capturedAt} → data/geojson/`);
  for (const line of reportLines(result)) console.log(`  ${line}`);
}

try {
  main();
} catch (error) {
  // Bad input is the user's to fix: one line, no stack. Anything else is a bug and keeps its stack.
  if (!(error instanceof MalformedInputError)) throw error;
  console.error(`import:nkdb: ${error.message}`);
  process.exitCode = 1;
}
