/**
 * Bytes → text, strictly: UTF-8 unless the file starts with a UTF-16 byte-order mark or the caller names another
 * encoding. Text that is not what it claims to be is never half-read with replacement characters (a name would be
 * silently corrupted): the reader stops and says which encoding was expected and which one the bytes look like.
 */
import { importProblem, type ImportProblem } from '../formatTypes';

/** Thrown by a decoder when the bytes are not in the expected encoding; carries the problem to report. */
export class EncodingError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.message);
  }
}

/** Whether TextDecoder knows this encoding label ("euc-kr", "windows-1252" …). */
export function isKnownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** The encoding a byte-order mark announces, or null. (A UTF-8 mark is dropped by the UTF-8 decoder itself.) */
function encodingOfMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * A streaming decoder: call it with each chunk in order, then with null at the end. `encoding` overrides the
 * default (UTF-8, or UTF-16 after its byte-order mark). Throws EncodingError on bytes the encoding cannot hold.
 */
export function chunkDecoder(file: string, encoding?: string): (chunk: Uint8Array | null) => string {
  let decoder: TextDecoder | null = null;
  let chosen = encoding ?? 'utf-8';
  let offset = 0;
  return (chunk) => {
    if (decoder === null) {
      chosen = encoding ?? (chunk ? encodingOfMark(chunk) : null) ?? 'utf-8';
      decoder = new TextDecoder(chosen, { fatal: true });
    }
    try {
      const text = chunk === null ? decoder.decode() : decoder.decode(chunk, { stream: true });
      offset += chunk?.byteLength ?? 0;
      return text;
    } catch {
      throw new EncodingError(notInEncoding(file, chosen, chunk ?? new Uint8Array(), offset));
    }
  };
}

/** The whole of `bytes` as text (see chunkDecoder). */
export function decodeWhole(file: string, bytes: Uint8Array, encoding?: string): string {
  const decode = chunkDecoder(file, encoding);
  return decode(bytes) + decode(null);
}

function notInEncoding(file: string, expected: string, chunk: Uint8Array, chunkStart: number): ImportProblem {
  const loose = new TextDecoder(expected).decode(chunk);
  const bad = loose.indexOf('\uFFFD');
  const at = chunkStart + (bad === -1 ? chunk.byteLength : new TextEncoder().encode(loose.slice(0, bad)).byteLength);
  const guess = guessEncoding(chunk);
  const looks = guess ? ` It looks like ${guess.name}.` : '';
  const expectedName = expected === 'utf-8' ? 'UTF-8' : expected;
  return importProblem(
    'error',
    file,
    undefined,
    'file.encoding',
    `The file is not ${expectedName} text: the bytes near byte ${at} cannot be read as ${expectedName}.${looks}`,
    guess
      ? `Save it as UTF-8 (in a spreadsheet: "CSV UTF-8"), or import it again naming its encoding (${guess.label}).`
      : 'Save it as UTF-8 (in a spreadsheet: "CSV UTF-8") and import it again.',
  );
}

/** The legacy encoding bytes most likely are: Korean Windows text first, since that is what this field meets. */
export function guessEncoding(bytes: Uint8Array): { name: string; label: string } | null {
  const sample = bytes.subarray(0, 65_536);
  const korean = new TextDecoder('euc-kr').decode(sample);
  const replaced = (korean.match(/\uFFFD/g) ?? []).length;
  if (/[\uAC00-\uD7A3]/.test(korean) && replaced <= 1) return { name: 'EUC-KR (Korean Windows, CP949)', label: 'euc-kr' };
  const zeros = sample.filter((byte) => byte === 0).length;
  if (zeros > sample.byteLength / 4) return { name: 'UTF-16 without a byte-order mark', label: 'utf-16le' };
  return { name: 'Windows-1252 (Western European)', label: 'windows-1252' };
}
