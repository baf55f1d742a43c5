/**
 * The gate in the build, on real folders: the project's data passes and ships its contract files; the cases of
 * tests/fixtures/gateCases.ts written to disk stop it; and a real `vite build` of the project's own config, pointed
 * at a folder holding a non-public bundle's plan copied as the README once said, fails naming the file and reason.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseFiles, gateCases, type GateCase } from '../../tests/fixtures/gateCases';
import { checkDataFolder, refusalMessage } from './publicDataGuard';

const ROOT = resolve(__dirname, '../..');
const cases = await gateCases();
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A temporary data folder holding the valid dataset with the case's files laid over it. */
function folderOf(gateCase: Pick<GateCase, 'files' | 'remove'>): string {
  const folder = mkdtempSync(join(tmpdir(), 'gate-SYNTHETIC-'));
  folders.push(folder);
  const entries = { ...baseFiles(), ...gateCase.files };
  for (const path of gateCase.remove ?? []) delete entries[path];
  for (const [path, text] of Object.entries(entries)) {
    if (path.endsWith('/')) {
      mkdirSync(join(folder, path), { recursive: true });
      continue;
    }
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

describe('the public data guard on real folders', () => {
  it("passes the project's data and ships exactly its contract files", () => {
    const result = checkDataFolder(join(ROOT, 'data/geojson'));
    if (typeof result === 'string') throw new Error(result);
    expect(refusalMessage('data/geojson', result)).toBeNull();
    expect(result.shipped.map((file) => file.path)).toEqual(['facilities.geojson', 'sources.json', 'violations.geojson', 'provinces.geojson', 'plans/nkpd-pe7q4z9cv8.geojson']);
  });

  it.each(cases.map((gateCase) => [gateCase.name, gateCase] as const))('stops %s', (_name, gateCase) => {
    const folder = folderOf(gateCase);
    const message = refusalMessage(folder, checkDataFolder(folder));
    const [file] = gateCase.stops;
    expect(message).toContain(`\n  ${file}: `);
  });

  it('stops on a data folder that is not there', () => {
    expect(refusalMessage('SYNTHETIC-missing', checkDataFolder(join(tmpdir(), 'SYNTHETIC-missing-data-folder')))).toContain('is not a folder');
  });
});

describe('vite build', () => {
  it("fails, naming the file and why, on a non-public bundle's plan copied into the data folder and renamed", { timeout: 120_000 }, async () => {
    const gateCase = cases.find((candidate) => candidate.name.includes('copied and renamed')) as GateCase;
    const folder = folderOf(gateCase);
    const outDir = join(folder, 'SYNTHETIC-dist');
    const { build } = await import('vite');
    process.env.FACILITY_ATLAS_DATA_FOLDER = folder;
    try {
      await expect(build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } })).rejects.toThrow(
        /plans\/SYNTHETIC-facility\.geojson: The file is marked restricted \(restricted: true\)/,
      );
    } finally {
      delete process.env.FACILITY_ATLAS_DATA_FOLDER;
    }
    expect(existsSync(outDir)).toBe(false);
  });
});
