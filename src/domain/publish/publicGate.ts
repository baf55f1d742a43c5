/**
 * The one public-data gate (rule 2: fail closed). Given everything found in a data folder, it says what may be
 * published: only the contract's files (facilities.geojson, sources.json, violations.geojson, provinces.geojson,
 * plans/<facility-id>.geojson), and only when every one of them parses and loads without an error through the
 * real loader, no source is anything but exactly public, every cited source is in sources.json and public, and
 * nothing looks like interview data or carries a non-public export's mark. Any other file or folder stops it too.
 * The build ships exactly `shipped`, `npm run validate` reports exactly `problems`: they cannot disagree.
 */
import { parseJson } from '../json/parseJson';
import { FIXED_FILE_NAMES, kindFromName, kindFromPath } from '../load/fileKinds';
import type { LoadOptions, LoadResult, RawFile } from '../load/loadTypes';
import { loadDataset } from '../loadDataset';
import { FILE_LEVEL, hasErrors, type Problem } from '../problems';
import { isPlainObject } from '../validation/describeValue';
import { createReporter } from '../validation/reporter';
import { hasRestrictedMark } from './restrictedMark';
import { scanPublishable, type Citation } from './scanPublishable';
import { sourceRestriction } from './sourceVisibility';

/** Everything found under a data folder, as the Node side read it. */
export interface DataListing {
  /** Every file, by dataset-relative path ("plans/x.geojson"), with its text. */
  files: RawFile[];
  /** Every folder, by dataset-relative path without a trailing slash ("plans"). */
  folders: string[];
  /** What could not be read (unreadable, not UTF-8), already as problems. */
  problems: Problem[];
}

export interface GateResult {
  /** True when nothing stops publication: no error among `problems`. */
  passed: boolean;
  /** The contract files as they ship (what the build emits and the app loads); empty unless passed. */
  shipped: RawFile[];
  problems: Problem[];
  /** The loader's reading of the contract files. */
  loaded: LoadResult;
}

const PLANS_FOLDER = 'plans';
const CONTRACT_LIST = 'facilities.geojson, sources.json, violations.geojson, provinces.geojson and plans/<facility-id>.geojson';

/** What may be published of `listing`; `options` go to the loader (provinces to check facilities against). */
export function gatePublicData(listing: DataListing, options: LoadOptions = {}): GateResult {
  const problems: Problem[] = [...listing.problems];
  const report = (file: string) => createReporter(file, problems);
  for (const folder of listing.folders) {
    const isFileName = kindFromPath(folder) !== null;
    const holdsFiles = listing.files.some((file) => file.path.startsWith(`${folder}/`));
    // A folder's files are named one by one below; an empty folder, or one named like a file, is named itself.
    if (folder === PLANS_FOLDER || (holdsFiles && !isFileName)) continue;
    report(`${folder}/`).error(
      FILE_LEVEL,
      'publish.folder',
      isFileName ? `"${folder}" is a folder, not a file; the public build needs it to be a file.` : `This folder is not part of the data contract; the public build ships only ${CONTRACT_LIST}.`,
      'Move it out of data/geojson.',
    );
  }
  const contract = ordered(listing.files.filter((file) => isContractFile(file, report)));
  const outside = listing.files.filter((file) => !contract.includes(file));
  for (const problem of contentWarnings(outside)) problems.push(problem);
  if (contract.length === 0) {
    report('.').error(FILE_LEVEL, 'publish.noData', `No file of the data contract was found (${CONTRACT_LIST}); nothing would be published.`, 'Check the folder: is it the dataset?');
  }
  const loaded = loadDataset(contract, options);
  // One by one: push(...list) overflows the stack on a list of ~100,000 problems.
  for (const problem of loaded.problems) problems.push(problem);
  for (const problem of publishProblems(contract, loaded.problems)) problems.push(problem);
  const sorted = byFile(problems, [...listing.folders.map((folder) => `${folder}/`), ...listing.files.map((file) => file.path)]);
  const passed = !hasErrors(sorted);
  return { passed, shipped: passed ? contract : [], problems: sorted, loaded };
}

/** True for a contract file; anything else is reported as what stops the build. */
function isContractFile(file: RawFile, report: (file: string) => ReturnType<typeof createReporter>): boolean {
  if (hasRestrictedMark(file.path)) {
    report(file.path).error(
      FILE_LEVEL,
      'publish.restrictedName',
      "The file's name marks it restricted: it comes from a non-public export or an interview export.",
      'Export the work again with "Public export" ticked and copy that bundle\'s plans/<facility-id>.geojson.',
    );
    return false;
  }
  if (kindFromPath(file.path) !== null) return true;
  report(file.path).error(FILE_LEVEL, 'publish.notContract', `This file is not part of the data contract; the public build ships only ${CONTRACT_LIST}.`, 'Move it out of data/geojson.');
  return false;
}

/** What a file outside the contract holds, when it says (interview data, restricted records): the reason to say first. */
function contentWarnings(files: readonly RawFile[]): Problem[] {
  return publishProblems(files.filter((file) => /\.(geo)?json$/i.test(file.path)), []).filter((problem) => problem.code !== 'publish.sourceMissing');
}

/** The fixed files in the contract's order, then the plans by name. */
function ordered(files: readonly RawFile[]): RawFile[] {
  const rank = (path: string) => {
    const index = FIXED_FILE_NAMES.indexOf(path);
    return index === -1 ? FIXED_FILE_NAMES.length : index;
  };
  return [...files].sort((a, b) => rank(a.path) - rank(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The gate's own findings in parsed files: interview data, confidential marks, sources not exactly public, and
 * citations of sources that are restricted or cannot be found. `loaderProblems` avoid saying twice what the
 * loader already said (a source missing from sources.json).
 */
export function publishProblems(files: readonly RawFile[], loaderProblems: readonly Problem[] = []): Problem[] {
  const problems: Problem[] = [];
  const parsed = files.map((file) => {
    const result = parseJson(file.text, createReporter(file.path, []));
    return { file, value: result.ok ? result.value : undefined };
  });
  const sourcesFile = parsed.find(({ file }) => kindFromName(file.path) === 'sources');
  const sources = new Map<string, unknown>();
  const citations: (Citation & { file: string })[] = [];
  for (const { file, value } of parsed) {
    const reporter = createReporter(file.path, problems);
    if (file === sourcesFile?.file && isPlainObject(value) && Array.isArray(value.sources)) {
      value.sources.forEach((source: unknown, index) => {
        const id = isPlainObject(source) && typeof source.id === 'string' ? source.id : `#${index}`;
        if (!sources.has(id)) sources.set(id, source);
        const reason = sourceRestriction(source);
        if (reason) reporter.error(id, 'publish.restricted', `This source may not be published: ${reason}.`, 'Keep restricted sources in the workbench; publish only through a public export.');
      });
    }
    if (value === undefined) continue;
    const scan = scanPublishable(value);
    for (const refusal of scan.refusals) reporter.error(refusal.featureId, refusal.code, refusal.message, hintFor(refusal.code));
    for (const citation of scan.citations) citations.push({ ...citation, file: file.path });
  }
  const loaderSaid = new Set(loaderProblems.filter((problem) => problem.code === 'ref.source').map((problem) => `${problem.file}\u0000${problem.featureId}`));
  for (const { file, featureId, sourceId } of citations) {
    const reporter = createReporter(file, problems);
    const source = sources.get(sourceId);
    if (source !== undefined) {
      const reason = sourceRestriction(source);
      if (reason) reporter.error(featureId, 'publish.restrictedSource', `Cites source "${sourceId}", which may not be published: ${reason}.`, 'Remove the reference, or publish through a public export, which withholds it.');
    } else if (sourcesFile && sourcesFile.value === undefined) {
      // sources.json does not parse: that error stops publication already, and nothing here can be checked.
    } else if (!sourcesFile) {
      reporter.error(featureId, 'publish.sourceMissing', `Cites source "${sourceId}", but there is no sources.json to say what it is; a source that cannot be found is treated as restricted.`, 'Add sources.json with the sources the records cite.');
    } else if (!loaderSaid.has(`${file}\u0000${featureId}`)) {
      reporter.error(featureId, 'publish.sourceMissing', `Cites source "${sourceId}", which sources.json does not hold; a source that cannot be found is treated as restricted.`, 'Add the source to sources.json, or remove the reference.');
    }
  }
  return dedupe(problems);
}

function hintFor(code: string): string | undefined {
  if (code === 'publish.restricted') return 'Publish through a public export ("Public export" ticked), which leaves restricted records out.';
  if (code === 'publish.interview' || code === 'publish.interviewSource') return 'Interview exports and anything citing an interview stay off the public data; keep them in the workbench.';
  return undefined;
}

/** One finding per record and kind is enough (the first, the most specific): the record is refused either way. */
function dedupe(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.file}\u0000${problem.featureId}\u0000${problem.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Problems grouped by file in the order the files were found (stable within a file); unknown files last. */
function byFile(problems: readonly Problem[], order: readonly string[]): Problem[] {
  const rank = new Map(order.map((path, index) => [path, index]));
  const at = (problem: Problem) => rank.get(problem.file) ?? order.length;
  return problems.map((problem, index) => ({ problem, index })).sort((a, b) => at(a.problem) - at(b.problem) || a.index - b.index).map(({ problem }) => problem);
}
