/**
 * The manifest's hashes checked against the bundle's files. Only files that match are handed on: a file changed
 * after export, or one the manifest does not list, is evidence of nothing and must not slip into the work.
 */
import { FILE_LEVEL, type Problem } from '../problems';
import { createReporter } from '../validation/reporter';
import { MANIFEST_PATH, type BundleManifest } from './bundleTypes';
import { sha256Hex } from './sha256';

export interface VerifiedFiles {
  /** The files whose size and SHA-256 match the manifest, by path. */
  files: Map<string, Uint8Array>;
  /** Their SHA-256 (lowercase hex), by path. */
  sha256: Map<string, string>;
  problems: Problem[];
}

/**
 * Checks each file the manifest lists against `entries` (the listed files, inflated, by path), and reports the
 * bundle's other files (`names`: every entry of the zip), which were never inflated.
 */
export async function verifyFiles(entries: ReadonlyMap<string, Uint8Array>, manifest: BundleManifest, names: readonly string[]): Promise<VerifiedFiles> {
  const problems: Problem[] = [];
  const files = new Map<string, Uint8Array>();
  const sha256 = new Map<string, string>();
  for (const entry of manifest.files) {
    const reporter = createReporter(entry.path, problems);
    const bytes = entries.get(entry.path);
    if (!bytes) {
      reporter.error(FILE_LEVEL, 'bundle.file.missing', 'The manifest lists this file but the bundle does not hold it; its records were not imported.', 'Ask for the complete bundle.');
    } else if (bytes.length !== entry.bytes || (await sha256Hex(bytes)) !== entry.sha256) {
      reporter.error(
        FILE_LEVEL,
        'bundle.file.tampered',
        "This file's SHA-256 does not match the manifest: it was changed after export.",
        'Its records were not imported. Ask for an unchanged copy of the bundle.',
      );
    } else {
      files.set(entry.path, bytes);
      sha256.set(entry.path, entry.sha256);
    }
  }
  const listed = new Set(manifest.files.map((entry) => entry.path));
  for (const path of names) {
    // Folder entries hold no data; some zip tools add them.
    if (path === MANIFEST_PATH || listed.has(path) || path.endsWith('/')) continue;
    createReporter(path, problems).warning(
      FILE_LEVEL,
      'bundle.file.unlisted',
      'This file is not in the manifest, so nothing shows it came from the export; it was not imported.',
      'If it belongs to the work, add it in the app and export again.',
    );
  }
  return { files, sha256, problems };
}
