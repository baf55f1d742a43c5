/**
 * The imported file as a Source, identified by its SHA-256, so every record it brings cites it and the exact file
 * can be found again. It is restricted unless the person importing says it is public: a file on someone's disk is
 * not provably public, and every gate fails closed.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { SourceKind } from '../../enums';
import type { Source } from '../../types';
import type { ByteSource, ImportFormat, ProgressCallback } from '../formatTypes';

const FORMAT_NAMES: Readonly<Record<ImportFormat, string>> = {
  'uwazi-csv': 'Uwazi CSV',
  'uwazi-json': 'Uwazi API JSON',
  kml: 'KML',
  kmz: 'KMZ',
  geojson: 'GeoJSON',
  csv: 'CSV',
};

export interface ImportSourceInput {
  fileName: string;
  sha256: string;
  format: ImportFormat;
  /** ISO date-time of the import. */
  importedAt: string;
  publicImport: boolean;
  kind?: Extract<SourceKind, 'database' | 'report'>;
}

/** The id every record of one file cites: the same file always gives the same id. */
export function importSourceId(sha256Hex: string): string {
  return `import-${sha256Hex.slice(0, 12)}`;
}

export function importSource({ fileName, sha256: hash, format, importedAt, publicImport, kind = 'database' }: ImportSourceInput): Source {
  return {
    id: importSourceId(hash),
    kind,
    title: `${fileName} (${FORMAT_NAMES[format]} file, imported ${importedAt.slice(0, 10)})`,
    visibility: publicImport ? 'public' : 'restricted',
    sha256: hash,
    note: {
      en: `Imported from the file ${fileName} on ${importedAt}. ${publicImport ? 'The person importing said the file is public.' : 'Restricted: nobody said the file is public.'}`,
    },
  };
}

/** The SHA-256 of a file read in chunks (a 200 MB file never sits in memory whole). */
export async function hashSource(source: ByteSource, onProgress?: ProgressCallback): Promise<string> {
  const hash = sha256.create();
  let done = 0;
  for await (const chunk of source.chunks()) {
    hash.update(chunk);
    done += chunk.byteLength;
    onProgress?.(done, source.size);
  }
  return bytesToHex(hash.digest());
}
