/**
 * Restricted exports at rest: a file encrypted with a passphrase in the age format (age-encryption.org/v1,
 * scrypt recipient), through `age-encryption` (typage, by age's author). The passphrase path needs no Web
 * Crypto — scrypt, ChaCha20-Poly1305 and HKDF come from @noble, randomness from getRandomValues — so it works
 * outside secure contexts too (a tablet over plain http://). The files open with the `age` command line tool
 * (`age -d file.age`). Pure: runs in Node, tests and a worker.
 */
import { armor, Decrypter, Encrypter } from 'age-encryption';

/** What an encrypted export's name ends with. */
export const AGE_EXTENSION = '.age';

/** age's own default (the `age` tool's): 2^18 iterations, 256 MiB; a few seconds on a tablet. */
export const DEFAULT_WORK_FACTOR = 18;

/** A passphrase shorter than this is refused: scrypt slows a guesser, it cannot save a short passphrase. */
export const MIN_PASSPHRASE_LENGTH = 10;

const BINARY_MAGIC = 'age-encryption.org/v1\n';
const ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';

function startText(bytes: Uint8Array, length: number): string {
  return new TextDecoder().decode(bytes.subarray(0, length));
}

/** True when the file is age-encrypted (binary, or armored text with leading whitespace). */
export function isAgeFile(bytes: Uint8Array): boolean {
  return startText(bytes, BINARY_MAGIC.length) === BINARY_MAGIC || startText(bytes, 200).trimStart().startsWith(ARMOR_BEGIN);
}

export async function encryptWithPassphrase(plain: Uint8Array, passphrase: string, workFactor = DEFAULT_WORK_FACTOR): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  encrypter.setPassphrase(passphrase);
  encrypter.setScryptWorkFactor(workFactor);
  return encrypter.encrypt(plain);
}

export type DecryptResult =
  | { ok: true; bytes: Uint8Array }
  /** wrongPassphrase: the passphrase does not open it; notPassphrase: encrypted to a key; damaged: changed or cut. */
  | { ok: false; reason: 'wrongPassphrase' | 'notPassphrase' | 'damaged' };

/** The binary file, from binary or armored input; null when the armor is broken. */
function binary(bytes: Uint8Array): Uint8Array | null {
  if (startText(bytes, BINARY_MAGIC.length) === BINARY_MAGIC) return bytes;
  try {
    return armor.decode(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}

/** True when the header's only recipient is a passphrase (an scrypt stanza). */
function forPassphrase(file: Uint8Array): boolean {
  const [, firstStanza] = startText(file, 256).split('\n');
  return firstStanza?.startsWith('-> scrypt ') ?? false;
}

/**
 * Decrypts a passphrase-encrypted age file. Every chunk is authenticated, so a changed byte anywhere is found:
 * nothing of a damaged file is returned.
 */
export async function decryptWithPassphrase(encrypted: Uint8Array, passphrase: string): Promise<DecryptResult> {
  const file = binary(encrypted);
  if (!file) return { ok: false, reason: 'damaged' };
  if (!forPassphrase(file)) return { ok: false, reason: 'notPassphrase' };
  const decrypter = new Decrypter();
  decrypter.addPassphrase(passphrase);
  try {
    return { ok: true, bytes: await decrypter.decrypt(file) };
  } catch (error) {
    const unmatched = error instanceof Error && error.message.includes('no identity matched');
    return { ok: false, reason: unmatched ? 'wrongPassphrase' : 'damaged' };
  }
}

/** Why a new passphrase is refused, if it is: too short, or not typed the same twice. */
export function passphraseProblem(passphrase: string, repeated: string): 'tooShort' | 'mismatch' | null {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return 'tooShort';
  return passphrase === repeated ? null : 'mismatch';
}
