/**
 * A bundle's zip → its manifest and the files the manifest lists, within limits. Nothing is inflated until the
 * whole directory has been judged: a duplicated name (which copy is meant?), an unsafe one, more entries or bytes
 * than a bundle can hold stop the import with the reason. Then only manifest.json and the files it lists are
 * inflated, each stopped as soon as it yields more than it declares; entries the manifest does not list are never
 * inflated (they are reported by verifyFiles).
 */
import type { Problem } from '../problems';
import { FILE_LEVEL } from '../problems';
import { createReporter } from '../validation/reporter';
import { MANIFEST_PATH, type BundleManifest } from './bundleTypes';
import { repeatedNames, unsafeNameReason } from './entryNames';
import type { ReadManifest } from './readManifest';
import { inflateEntry, listZip, type ZipEntry } from './zipArchive';

export interface BundleLimits {
  /** Entries in the zip, listed or not. */
  maxEntries: number;
  /** What one file may expand to (a diagram photo, a plan). */
  maxFileBytes: number;
  /** What all the listed files together may expand to. */
  maxTotalBytes: number;
}

const MIB = 1024 * 1024;

/** Far above any bundle a workbench writes, far below what freezes a tab. */
export const BUNDLE_LIMITS: Readonly<BundleLimits> = Object.freeze({ maxEntries: 10_000, maxFileBytes: 64 * MIB, maxTotalBytes: 512 * MIB });

export type Unzipped =
  | { ok: true; manifest: BundleManifest; files: Map<string, Uint8Array>; names: string[]; problems: Problem[] }
  | { ok: false; problems: Problem[] };

const NOTHING_IMPORTED = 'Nothing was imported.';
const ASK_AGAIN = 'Ask for the bundle again as the app exported it.';

export function unzipBundle(
  bytes: Uint8Array,
  fileName: string,
  readManifest: (bytes: Uint8Array | undefined) => ReadManifest,
  limits: BundleLimits = BUNDLE_LIMITS,
): Unzipped {
  const problems: Problem[] = [];
  const refuse = (file: string, code: string, message: string, hint = ASK_AGAIN): Unzipped => {
    createReporter(file, problems).error(FILE_LEVEL, code, `${message} ${NOTHING_IMPORTED}`, hint);
    return { ok: false, problems };
  };
  const listing = listZip(bytes);
  if (!listing.ok) return refuse(fileName, 'bundle.notZip', `This file cannot be read as a zip archive (${listing.reason}), so it is not a Facility Atlas bundle.`, 'Choose the .zip file that the app exported.');
  const { entries } = listing;
  if (entries.length > limits.maxEntries) return refuse(fileName, 'bundle.tooLarge', `The bundle holds ${entries.length.toLocaleString('en')} files, more than the ${limits.maxEntries.toLocaleString('en')} a bundle may hold.`);
  for (const entry of entries) {
    const reason = unsafeNameReason(entry.name);
    if (reason) createReporter(fileName, problems).error(entry.name, 'bundle.entry.name', `The bundle holds a file a bundle may not have: ${reason}. ${NOTHING_IMPORTED}`, ASK_AGAIN);
  }
  for (const name of repeatedNames(entries.map((entry) => entry.name))) {
    createReporter(fileName, problems).error(name, 'bundle.entry.duplicate', `The bundle holds several files named "${name}", so which one is meant cannot be told. ${NOTHING_IMPORTED}`, ASK_AGAIN);
  }
  if (problems.length > 0) return { ok: false, problems };

  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const inflate = (entry: ZipEntry, limit: number): Uint8Array | null => {
    const result = inflateEntry(bytes, entry, limit);
    if (result.ok) return result.bytes;
    refuse(entry.name, 'bundle.entry.size', `This file of the bundle cannot be read safely: ${result.reason}.`);
    return null;
  };
  const manifestEntry = byName.get(MANIFEST_PATH);
  const manifestBytes = manifestEntry ? inflate(manifestEntry, limits.maxFileBytes) : undefined;
  if (manifestBytes === null) return { ok: false, problems };
  const read = readManifest(manifestBytes);
  for (const problem of read.problems) problems.push(problem);
  if (!read.manifest) return { ok: false, problems };

  const listed = read.manifest.files.flatMap((file) => byName.get(file.path) ?? []);
  const total = listed.reduce((sum, entry) => sum + entry.size, 0);
  if (total > limits.maxTotalBytes) {
    return refuse(fileName, 'bundle.tooLarge', `The bundle's files would expand to ${total.toLocaleString('en')} bytes, more than the ${limits.maxTotalBytes.toLocaleString('en')} a bundle may hold.`);
  }
  const files = new Map<string, Uint8Array>();
  for (const entry of listed) {
    const content = inflate(entry, limits.maxFileBytes);
    if (content === null) return { ok: false, problems };
    files.set(entry.name, content);
  }
  return { ok: true, manifest: read.manifest, files, names: entries.map((entry) => entry.name), problems };
}
