/**
 * `npm run migrate:data -- [DIR]`: upgrades every contract file of a dataset folder (default data/geojson) to the
 * current schema version, in place, and says what it changed. A file that does not parse is named and left alone.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { upgradeContractFile } from '../src/domain/migrate/contractFile';

async function contractFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(geo)?json$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

async function main(): Promise<number> {
  const folder = process.argv[2] ?? 'data/geojson';
  let failed = 0;
  for (const path of await contractFiles(folder)) {
    const name = relative(folder, path);
    let value: unknown;
    try {
      value = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
    } catch (error) {
      console.error(`${name}: not valid JSON (${error instanceof Error ? error.message : String(error)}); left as it is.`);
      failed += 1;
      continue;
    }
    const upgrade = upgradeContractFile(value);
    if (!upgrade.changed) {
      console.log(`${name}: already current`);
      continue;
    }
    await writeFile(path, `${JSON.stringify(upgrade.value, null, 2)}\n`);
    console.log(`${name}: upgraded from schema version ${String(upgrade.from)}`);
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
