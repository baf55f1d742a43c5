/** The validate script as a user runs it: a child process on folders and files written by each test. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { collection, facility, validDatasetFiles, violation } from '../tests/fixtures/datasetFactory';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCRIPT = join(ROOT, 'scripts/validate.ts');
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const STACK_LINE = /^ {4}at /m;

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A temporary folder holding `files` (path → text or bytes). */
function folderWith(files: Record<string, string | Uint8Array>): string {
  const folder = mkdtempSync(join(tmpdir(), 'validate-SYNTHETIC-'));
  folders.push(folder);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
  return folder;
}

function validDataset(overrides: Record<string, string | Uint8Array> = {}): string {
  return folderWith({ ...Object.fromEntries(validDatasetFiles().map((file) => [file.path, file.text])), ...overrides });
}

function validate(args: readonly string[], cwd = ROOT) {
  const run = spawnSync(process.execPath, ['--import', TSX, SCRIPT, ...args], { cwd, encoding: 'utf8' });
  const lines = run.stdout.split('\n').filter((line) => line !== '');
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, lines };
}

const BROKEN_FACILITIES = JSON.stringify(collection([facility({ type: 'prison' })]));

describe('validate script', () => {
  it('exits 0 on a valid dataset and prints only the summary', () => {
    const { code, lines } = validate([validDataset()]);
    expect(code).toBe(0);
    expect(lines).toEqual(['5 files, 12 records: 0 errors, 0 warnings']);
  });

  it('exits 1 and prints FILE: ID: error: MESSAGE when a record has an error', () => {
    const folder = validDataset({ 'facilities.geojson': BROKEN_FACILITIES });
    const { code, lines } = validate([folder]);
    expect(code).toBe(1);
    expect(lines[0]).toMatch(new RegExp(`^${join(folder, 'facilities.geojson')}: SYNTHETIC-facility: error: Field "type" is`));
  });

  it('prints one line per problem, then the summary', () => {
    const violations = JSON.stringify(collection([violation({ category: 'cruelty' }), violation({ id: 'SYNTHETIC-2', visibility: 'hidden' })]));
    const { lines } = validate([validDataset({ 'violations.geojson': violations })]);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('5 files, 11 records: 2 errors, 0 warnings');
  });

  it('appends the hint to the line', () => {
    const facilities = JSON.stringify(collection([facility({ type: 'Detention Centre' })]));
    const { lines } = validate([validDataset({ 'facilities.geojson': facilities })]);
    expect(lines[0]).toMatch(/\(hint: Did you mean "detention_centre"\?\)$/);
  });

  it('exits 0 when there are only warnings', () => {
    const facilities = JSON.stringify(collection([facility({ province: 'Ryanggang' })]));
    const { code, lines } = validate([validDataset({ 'facilities.geojson': facilities })]);
    expect(code).toBe(0);
    expect(lines.at(-1)).toBe('5 files, 12 records: 0 errors, 1 warning');
  });

  it('prints the report as JSON with --json', () => {
    const violations = JSON.stringify(collection([violation({ category: 'cruelty' })]));
    const { stdout } = validate([validDataset({ 'violations.geojson': violations }), '--json']);
    const report = JSON.parse(stdout);
    expect(report.summary).toEqual({ files: 5, records: 11, errors: 1, warnings: 0 });
    expect(report.problems[0]).toMatchObject({ level: 'error', code: 'enum.invalid', featureId: 'SYNTHETIC-violation' });
    expect(report.files).toHaveLength(5);
  });

  it('validates a single file, telling its kind from its content', () => {
    const file = join(folderWith({ 'SYNTHETIC.json': BROKEN_FACILITIES }), 'SYNTHETIC.json');
    const { code, lines } = validate([file]);
    expect(code).toBe(1);
    expect(lines[0]).toMatch(new RegExp(`^${file}: SYNTHETIC-facility: error: `));
  });

  it("checks a single facilities file against the project's own provinces", () => {
    const file = join(folderWith({ 'f.geojson': JSON.stringify(collection([facility({ province: 'Ryanggang' })])) }), 'f.geojson');
    expect(validate([file]).stdout).toContain('but its point lies in North Hamgyong');
  });

  it('reads a file as the kind --kind names', () => {
    const file = join(folderWith({ 'x.json': JSON.stringify(collection([])) }), 'x.json');
    expect(validate([file, '--kind', 'violations']).lines).toEqual(['1 file, 0 records: 0 errors, 0 warnings']);
  });

  it('reports a file whose kind it cannot tell', () => {
    const file = join(folderWith({ 'x.json': JSON.stringify(collection([])) }), 'x.json');
    const { code, stdout } = validate([file]);
    expect(code).toBe(1);
    expect(stdout).toContain('Cannot tell what this file holds');
  });

  it.each([
    [['--strict']],
    [['--kind', 'rooms']],
    [['SYNTHETIC-does-not-exist']],
  ])('exits 2 with a usage line on misuse: %j', (args) => {
    const { code, stderr } = validate(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^usage: npm run validate/m);
  });

  it('reports every kind of broken file without a stack trace', () => {
    const folder = folderWith({
      'facilities.geojson': '',
      'sources.json': '{"schemaVersion": 1, "sources": [',
      'violations.geojson': `\uFEFF${JSON.stringify(collection([violation({}, { type: 'Point', coordinates: [1e308, 42] })])).replace('1e+308', '1e999')}`,
      'provinces.geojson': new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
      'plans/SYNTHETIC-facility.geojson': '{"type": "FeatureCollection", "schemaVersion": 3, "features": []}',
      'plans/SYNTHETIC-dir.geojson/placeholder': '',
    });
    const { code, stdout, stderr } = validate([folder]);
    expect(code).toBe(1);
    expect(stdout + stderr).not.toMatch(STACK_LINE);
    expect(JSON.parse(validate([folder, '--json']).stdout).problems.map((problem: { code: string }) => problem.code).sort()).toEqual(
      ['file.encoding', 'file.unreadable', 'json.bom', 'json.empty', 'json.truncated', 'number.nonFinite', 'schema.version'],
    );
  });

  const dataFolder = join(ROOT, 'data/geojson');
  it.skipIf(!existsSync(join(dataFolder, 'facilities.geojson')))(
    "finds exactly the register's three province disagreements in data/geojson, each disclosed by its record",
    () => {
      const { code, stdout } = validate(['data/geojson', '--json']);
      const problems: { code: string; featureId: string; level: string }[] = JSON.parse(stdout).problems;
      expect(code).toBe(0);
      expect(problems.filter((problem) => problem.code === 'facility.province.mismatch')).toEqual([]);
      expect(problems.map((problem) => `${problem.level} ${problem.code}`)).toEqual(Array(3).fill('warning facility.province.disclosed'));
      expect(problems.map((problem) => problem.featureId)).toEqual([
        'nkpd-ufk31lmq2r8',
        'nkpd-s4hxcgrw6c',
        'nkpd-e03clgitvpt',
      ]);
    },
  );

  it.skipIf(!existsSync(join(dataFolder, 'facilities.geojson')))('validates the project data from any working directory by default', () => {
    const { code, lines } = validate([], folderWith({}));
    expect(code).toBe(0);
    expect(lines.at(-1)).toMatch(/^\d+ files, \d+ records: 0 errors, 3 warnings$/);
  });
});
