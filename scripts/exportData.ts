/**
 * `npm run export -- --format geojson|csv|uwazi-csv|kml [--kind facilities|violations|all] [--type …]
 * [--province …] [--category …] [--right …] [--perpetrator …] [--decades …] [--restricted] [--from DIR] OUT`: writes
 * the facilities the filters select (as the map filters them) and, of their violations, those the violation filters
 * leave, each row with its sources and the attribution and licence lines. Restricted records
 * are left out unless --restricted, which marks the file RESTRICTED in its name and content. OUT is a file, or a
 * folder to write the export's own name into. Exit 0: written; 1: written, but the dataset has errors (records
 * the loader refused are not in it); 2: misuse.
 */
import { writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { checkExportRequest, exportDataset } from '../src/domain/formats/export/exportFile';
import type { ProvinceAttribution } from '../src/domain/formats/export/attribution';
import { hasErrors } from '../src/domain/problems';
import { EXPORT_USAGE, parseExportArguments } from './formats/exportArguments';
import { problemLine } from './formats/importReport';
import { BUNDLED_DATA, loadFolder, pathType, readJson } from './formats/nodeFiles';

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseExportArguments(argv);
  if (!parsed.ok) return misuse(parsed.message);
  const options = parsed.arguments;
  if (options.help || options.format === null) {
    process.stdout.write(`${EXPORT_USAGE}\n`);
    return 0;
  }
  const from = options.from ?? BUNDLED_DATA;
  if ((await pathType(from)) !== 'folder') return misuse(`--from wants a dataset folder: ${from}`);
  const request = { filter: options.filter, evidence: options.evidence, contents: options.contents ?? (options.format === 'uwazi-csv' ? 'facilities' : 'all'), restricted: options.restricted } as const;
  const refused = checkExportRequest(options.format, request);
  if (refused) return misuse(refused);
  const loaded = await loadFolder(from);
  const exportedAt = new Date().toISOString();
  const provinces = await provinceAttribution(from);
  const exported = exportDataset(loaded.dataset, options.format, request, { exportedAt, ...(provinces ? { provinces } : {}) });
  const out = (await pathType(options.out)) === 'folder' ? join(options.out, exported.fileName) : markedRestricted(options.out, options.restricted);
  if ((await pathType(dirname(out))) !== 'folder') return misuse(`no such folder: ${dirname(out)}`);
  await writeFile(out, exported.text);
  const errors = loaded.problems.filter((problem) => problem.level === 'error');
  const { facilities, violations, withheld } = exported.selection;
  const left = options.restricted ? '' : `; restricted: ${withheld.facilities} facilities and ${withheld.violations} violations left out, ${withheld.sourceRefs} references withheld`;
  process.stdout.write(`${errors.map(problemLine).join('\n')}${errors.length ? '\n' : ''}wrote ${out}: ${facilities.length} facilities, ${violations.length} violations${left}\n`);
  return hasErrors(loaded.problems) ? 1 : 0;
}

/** A restricted export's name says so, whatever name it was given. */
function markedRestricted(path: string, restricted: boolean): string {
  if (!restricted || /restricted/i.test(basename(path))) return path;
  const extension = basename(path).endsWith('.uwazi.csv') ? '.uwazi.csv' : extname(path);
  return `${path.slice(0, path.length - extension.length)}-RESTRICTED${extension}`;
}

/** The province boundaries' attribution and licence, from the dataset's provinces.geojson or the bundled one. */
async function provinceAttribution(folder: string): Promise<ProvinceAttribution | null> {
  const file = (await readJson(folder, 'provinces.geojson').catch(() => null)) ?? (await readJson(BUNDLED_DATA, 'provinces.geojson').catch(() => null));
  if (!file || typeof file.attribution !== 'string') return null;
  return { attribution: file.attribution, ...(typeof file.license === 'string' ? { license: file.license } : {}) };
}

function misuse(message: string): number {
  process.stderr.write(`export: ${message}\n${EXPORT_USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`export: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
