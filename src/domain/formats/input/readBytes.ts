/** Reading a ByteSource: its first bytes (to tell the format), or all of it with progress (whole-document formats). */
import { importProblem, type ByteSource, type ImportProblem, type ProgressCallback } from '../formatTypes';

/**
 * JSON, GeoJSON and KML are parsed as one document, so the whole file is in memory several times over; above this
 * a file is refused with a message, rather than exhausting a tab. CSV streams and has no such limit.
 */
export const MAX_DOCUMENT_BYTES = 100 * 1024 * 1024;

/** At least `count` bytes from the start (fewer if the file is shorter); stops reading there. */
export async function readHead(source: ByteSource, count = 4096): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of source.chunks()) {
    parts.push(chunk);
    length += chunk.byteLength;
    if (length >= count) break;
  }
  return concat(parts, length);
}

export type WholeRead = { ok: true; bytes: Uint8Array } | { ok: false; problem: ImportProblem };

/** Every byte, reporting progress; refused beyond `limit` bytes. */
export async function readAll(source: ByteSource, onProgress?: ProgressCallback, limit = MAX_DOCUMENT_BYTES): Promise<WholeRead> {
  if (source.size !== undefined && source.size > limit) return { ok: false, problem: tooLarge(source.name, source.size, limit) };
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of source.chunks()) {
    parts.push(chunk);
    length += chunk.byteLength;
    if (length > limit) return { ok: false, problem: tooLarge(source.name, length, limit) };
    onProgress?.(length, source.size);
  }
  return { ok: true, bytes: concat(parts, length) };
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}

function tooLarge(file: string, bytes: number, limit: number): ImportProblem {
  const megabytes = (count: number) => `${Math.round(count / (1024 * 1024))} MB`;
  return importProblem(
    'error',
    file,
    undefined,
    'file.tooLarge',
    `The file is larger than ${megabytes(limit)} (${bytes} bytes read): too large to read as one document.`,
    'Split it into smaller files, or export it as CSV, which is read in pieces whatever its size.',
  );
}
