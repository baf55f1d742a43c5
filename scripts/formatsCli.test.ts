/** `npm run import` and `npm run export` as a user runs them: child processes on folders written by each test. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { validDatasetFiles } from '../tests/fixtures/datasetFactory';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A temporary folder with a valid SYNTHETIC dataset in dataset/ and the given extra files. */
function workspace(files: Record<string, string> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'formats-SYNTHETIC-'));
  folders.push(folder);
  for (const file of validDatasetFiles()) {
    mkdirSync(dirname(join(folder, 'dataset', file.path)), { recursive: true });
    writeFileSync(join(folder, 'dataset', file.path), file.text);
  }
  for (const [path, text] of Object.entries(files)) writeFileSync(join(folder, path), text);
  return folder;
}

function run(script: 'importFile' | 'exportData', args: readonly string[], cwd: string) {
  const child = spawnSync(process.execPath, ['--import', TSX, join(ROOT, `scripts/${script}.ts`), ...args], { cwd, encoding: 'utf8' });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

const GOOD = 'id,name,name_ko,lat,lon\nSYNTHETIC-new,SYNTHETIC new,합성 신규,42.1,129.6\n';

// Each test starts the command up to three times (Node and tsx each time): a loaded machine needs more than 30 s.
describe('npm run import', { timeout: 180_000 }, () => {
  it('prints the preview and writes nothing by default; --apply merges, and a second run finds it unchanged', () => {
    const folder = workspace({ 'new.csv': GOOD });
    const before = readFileSync(join(folder, 'dataset/facilities.geojson'), 'utf8');
    const preview = run('importFile', ['new.csv', '--into', 'dataset'], folder);
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain('added SYNTHETIC-new (row 2)');
    expect(preview.stdout).toContain('1 rows read: 1 to add, 0 to change, 0 unchanged, 0 conflicting; 0 errors, 0 warnings');
    expect(readFileSync(join(folder, 'dataset/facilities.geojson'), 'utf8')).toBe(before);
    const applied = run('importFile', ['new.csv', '--into', 'dataset', '--apply'], folder);
    expect([applied.code, applied.stdout.includes('applied: 1 added, 0 changed, 0 replaced')]).toEqual([0, true]);
    const sources = JSON.parse(readFileSync(join(folder, 'dataset/sources.json'), 'utf8')) as { sources: { id: string; visibility: string }[] };
    expect(sources.sources.at(-1)).toMatchObject({ id: expect.stringMatching(/^import-/), visibility: 'restricted' });
    expect(run('importFile', ['new.csv', '--into', 'dataset'], folder).stdout).toContain('0 to add, 0 to change, 1 unchanged');
  });

  it('exits 1 and names the row when a row has a problem, keeping the good rows', () => {
    const folder = workspace({ 'bad.csv': `${GOOD}SYNTHETIC-swap,SYNTHETIC swapped,,129.6,42.1\n` });
    const result = run('importFile', ['bad.csv', '--into', 'dataset'], folder);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^bad\.csv: row 3: error: The latitude 129\.6 is outside −90…90: latitude and longitude look swapped/m);
    expect(result.stdout).toContain('2 rows read: 1 to add');
  });

  it('exits 1 and says which field has no column, with the columns the file has', () => {
    const folder = workspace({ 'wrong.csv': 'nom,lat,lon\nSYNTHETIC,42.1,129.6\n' });
    const result = run('importFile', ['wrong.csv', '--into', 'dataset'], folder);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('no column for name.en (columns: "nom", "lat", "lon") (hint: name it with --map FIELD=COLUMN)');
    expect(run('importFile', ['wrong.csv', '--into', 'dataset', '--map', 'name.en=nom'], folder).code).toBe(0);
  });

  it.each([
    [[], 'name the file to import'],
    [['new.csv', '--replace'], '--replace only means something with --apply'],
    [['new.csv', '--map', 'name.en=missing'], 'the file has no column "missing"'],
    [['new.csv', '--kind', 'plans'], '--kind must be one of facilities, violations'],
  ])('exits 2 on misuse: %j', (args, message) => {
    const result = run('importFile', [...args, '--into', 'dataset'], workspace({ 'new.csv': GOOD }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe('npm run export', { timeout: 180_000 }, () => {
  it('writes the filtered facilities into a folder under the export name, and says what it left out', () => {
    const folder = workspace();
    mkdirSync(join(folder, 'out'));
    const result = run('exportData', ['--format', 'csv', '--from', 'dataset', '--type', 'detention_centre', 'out'], folder);
    expect(result.code).toBe(0);
    const [name] = readdirSync(join(folder, 'out'));
    expect(name).toMatch(/^facility-atlas-all-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(readFileSync(join(folder, 'out', name ?? ''), 'utf8').split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(result.stdout).toMatch(/: 1 facilities, 1 violations; restricted: 0 facilities and 0 violations left out/);
  });

  it('keeps the violations the violation filters leave, and the facilities holding one, as the map does', () => {
    const folder = workspace();
    const kept = run('exportData', ['--format', 'geojson', '--from', 'dataset', '--category', 'torture', '--decades', '2010-2010', 'kept.geojson'], folder);
    expect(kept.stdout).toMatch(/: 1 facilities, 1 violations/);
    expect(readFileSync(join(folder, 'kept.geojson'), 'utf8')).toContain('violation category: torture');
    const none = run('exportData', ['--format', 'geojson', '--from', 'dataset', '--category', 'starvation', 'none.geojson'], folder);
    expect(none.stdout).toMatch(/: 0 facilities, 0 violations/);
  });

  it('marks a restricted export in the name it was given', () => {
    const folder = workspace();
    expect(run('exportData', ['--format', 'kml', '--from', 'dataset', '--restricted', 'team.kml'], folder).code).toBe(0);
    expect(readFileSync(join(folder, 'team-RESTRICTED.kml'), 'utf8')).toContain('RESTRICTED: this file holds records marked restricted');
  });

  it.each([
    [['out.csv'], '--format is required'],
    [['--format', 'uwazi-csv', '--kind', 'all', 'out.csv'], 'one template'],
    [['--format', 'csv', '--type', 'prison', 'out.csv'], '"prison" is not a facility type'],
  ])('exits 2 on misuse: %j', (args, message) => {
    const result = run('exportData', [...args, '--from', 'dataset'], workspace());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
