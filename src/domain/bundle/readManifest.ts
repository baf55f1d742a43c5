/**
 * manifest.json → BundleManifest, or null with the problem that makes the bundle unverifiable: without a
 * manifest we cannot tell an exported file from one changed afterwards, so nothing of such a bundle is loaded.
 */
import { parseJson } from '../json/parseJson';
import { FILE_LEVEL, type Problem } from '../problems';
import { isPlainObject } from '../validation/describeValue';
import { createReporter } from '../validation/reporter';
import { repeatedNames, unsafeNameReason } from './entryNames';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, MANIFEST_PATH, type BundleFileEntry, type BundleManifest } from './bundleTypes';

const SHA256_HEX = /^[0-9a-f]{64}$/;
const STRIPPED_KEYS = ['sources', 'violations', 'diagrams', 'sourceRefs'] as const;
/** Counts added to `stripped` later: older bundles lack them. */
const LATER_STRIPPED_KEYS = ['withheldRecords'] as const;

export interface ReadManifest {
  manifest: BundleManifest | null;
  problems: Problem[];
}

/** Reads manifest.json's bytes (undefined when the bundle has none); `fileName` names the bundle then. */
export function readManifest(bytes: Uint8Array | undefined, fileName: string): ReadManifest {
  const problems: Problem[] = [];
  if (!bytes) {
    createReporter(fileName, problems).error(
      FILE_LEVEL,
      'bundle.manifest.missing',
      'This zip has no manifest.json, so it is not a Facility Atlas bundle and its files cannot be checked; nothing was imported.',
      'Import a bundle exported by the app, unchanged.',
    );
    return { manifest: null, problems };
  }
  const reporter = createReporter(MANIFEST_PATH, problems);
  const parsed = parseJson(new TextDecoder().decode(bytes), reporter);
  if (!parsed.ok) return { manifest: null, problems };
  const value = parsed.value;
  if (!isPlainObject(value) || value.format !== BUNDLE_FORMAT) {
    reporter.error(FILE_LEVEL, 'bundle.manifest.format', 'manifest.json does not describe a Facility Atlas bundle; nothing was imported.', 'Import a bundle exported by the app.');
    return { manifest: null, problems };
  }
  if (value.formatVersion !== BUNDLE_FORMAT_VERSION) {
    const newer = typeof value.formatVersion === 'number' && value.formatVersion > BUNDLE_FORMAT_VERSION;
    reporter.error(
      FILE_LEVEL,
      'bundle.manifest.version',
      `The bundle is in format version ${JSON.stringify(value.formatVersion)}; this app reads version ${BUNDLE_FORMAT_VERSION}. Nothing was imported.`,
      newer ? 'Update the app, then import the bundle again.' : undefined,
    );
    return { manifest: null, problems };
  }
  const bad = badFields(value);
  if (bad.length > 0) {
    reporter.error(
      FILE_LEVEL,
      'bundle.manifest.invalid',
      `manifest.json is damaged (${bad.join(', ')}), so the bundle's files cannot be checked; nothing was imported.`,
      'Export the bundle again from the app it came from.',
    );
    return { manifest: null, problems };
  }
  return { manifest: value as unknown as BundleManifest, problems };
}

/** The manifest's fields that are missing or of the wrong type. */
function badFields(value: Record<string, unknown>): string[] {
  const checks: [string, boolean][] = [
    ['appVersion', typeof value.appVersion === 'string'],
    ['exportedAt', typeof value.exportedAt === 'string'],
    ['public', typeof value.public === 'boolean'],
    ['facilities', isStringList(value.facilities)],
    ['files', Array.isArray(value.files) && value.files.every(isFileEntry) && fileListIsSafe(value.files)],
    ['restricted', isPlainObject(value.restricted) && ['sources', 'violations', 'diagrams'].every((key) => isStringList((value.restricted as Record<string, unknown>)[key]))],
    ['stripped', value.stripped === undefined || isStripped(value.stripped)],
  ];
  return checks.filter(([, ok]) => !ok).map(([field]) => `"${field}"`);
}

function isStripped(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const count = (key: string) => Number.isInteger(value[key]);
  return STRIPPED_KEYS.every(count) && LATER_STRIPPED_KEYS.every((key) => value[key] === undefined || count(key));
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Every path a bundle file may have (entryNames.ts), each listed once. */
function fileListIsSafe(files: readonly BundleFileEntry[]): boolean {
  const paths = files.map((file) => file.path);
  return paths.every((path) => unsafeNameReason(path) === null && path !== MANIFEST_PATH) && repeatedNames(paths).length === 0;
}

function isFileEntry(value: unknown): value is BundleFileEntry {
  return isPlainObject(value) && typeof value.path === 'string' && typeof value.sha256 === 'string' && SHA256_HEX.test(value.sha256) && Number.isInteger(value.bytes);
}
