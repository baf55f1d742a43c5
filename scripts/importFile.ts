/**
 * `npm run import -- FILE [--kind facilities|violations] [--into DIR] [--apply [--replace]] [--public]
 * [--encoding LABEL] [--map FIELD=COLUMN …] [--json]`: reads an Uwazi CSV, Uwazi API JSON, KML/KMZ, GeoJSON or CSV
 * file, maps its columns, checks the records with the dataset loader and prints what would change in DIR (default
 * data/geojson). Writes nothing unless --apply; never replaces held values unless --replace. Exit 0: no errors;
 * 1: problems (rows left out, or the dataset has errors after applying); 2: misuse.
 */
import { stat } from 'node:fs/promises';
import { previewImport } from '../src/domain/formats/import/importPreview';
import { inspectImport } from '../src/domain/formats/import/inspectImport';
import { runImport } from '../src/domain/formats/import/runImport';
import { hasErrors } from '../src/domain/problems';
import { IMPORT_USAGE, parseImportArguments } from './formats/importArguments';
import { applyToFolder } from './formats/applyToFolder';
import { importReport, problemLine } from './formats/importReport';
import { BUNDLED_DATA, fileSource, loadFolder, pathType } from './formats/nodeFiles';

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseImportArguments(argv);
  if (!parsed.ok) return misuse(parsed.message);
  const options = parsed.arguments;
  if (options.help) {
    process.stdout.write(`${IMPORT_USAGE}\n`);
    return 0;
  }
  if ((await pathType(options.file)) !== 'file') return misuse(`no such file: ${options.file}`);
  const into = options.into ?? BUNDLED_DATA;
  const intoType = await pathType(into);
  if (intoType === 'file') return misuse(`--into wants a dataset folder, not a file: ${into}`);
  const existing = intoType === 'folder' ? await loadFolder(into) : { dataset: { facilities: [], sources: [], violations: [], provinces: [], plans: [] }, problems: [] };
  const source = fileSource(options.file, (await stat(options.file)).size);
  const encoding = options.encoding === undefined ? {} : { encoding: options.encoding };
  const inspection = await inspectImport(source, options.kind, options.encoding);
  const mapping = { ...inspection.suggestion.mapping };
  for (const [field, column] of options.map) {
    if (!inspection.headers.includes(column)) return misuse(`--map ${field}=${column}: the file has no column "${column}" (it has ${inspection.headers.map((header) => `"${header}"`).join(', ')})`);
    mapping[field] = column;
  }
  const contract = inspection.suggestion.contract && options.map.length === 0;
  const missing = contract ? [] : inspection.suggestion.missing.filter((field) => !mapping[field]);
  if (inspection.format === null || missing.length > 0 || hasErrors(inspection.problems.filter((problem) => problem.featureId === '-'))) {
    const lines = inspection.problems.map(problemLine);
    if (missing.length > 0) lines.push(`${source.name}: -: error: no column for ${missing.join(', ')} (columns: ${inspection.headers.map((header) => `"${header}"`).join(', ')}) (hint: name it with --map FIELD=COLUMN)`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return 1;
  }
  const result = await runImport(source, {
    kind: options.kind,
    mapping,
    contract,
    existing: existing.dataset,
    publicImport: options.publicImport,
    importedAt: new Date().toISOString(),
    onProgress: progressLine(),
    ...encoding,
  });
  const preview = previewImport(result, existing.dataset);
  const applied = options.apply ? await applyToFolder(into, result, preview, options.replace) : null;
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  process.stdout.write(options.json ? `${JSON.stringify({ result: { ...result, records: result.records.map((record) => record.id) }, preview, mapping, applied: applied?.outcome ?? null }, null, 2)}\n` : importReport(result, preview, mapping, contract, applied?.outcome ?? null));
  if (applied && applied.problems.length > 0) process.stdout.write(`${applied.problems.map(problemLine).join('\n')}\n`);
  return hasErrors(result.problems) || (applied !== null && hasErrors(applied.problems)) ? 1 : 0;
}

/** A progress line on a terminal (never in piped output). */
function progressLine() {
  if (!process.stderr.isTTY) return undefined;
  return ({ phase, done, total }: { phase: string; done: number; total?: number }) => {
    const share = total ? ` ${Math.floor((100 * done) / total)}%` : '';
    process.stderr.write(`\r\x1b[K${phase}${share}`);
  };
}

function misuse(message: string): number {
  process.stderr.write(`import: ${message}\n${IMPORT_USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`import: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
