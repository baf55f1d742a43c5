/**
 * SHA-256 in plain JavaScript (@noble/hashes). Web Crypto's digest exists only in secure contexts, so a tablet
 * opening the app from a laptop over the local network (plain http://, no network beyond it) could neither start
 * an interview nor export one with it.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** The SHA-256 of `bytes` as lowercase hex. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return bytesToHex(sha256(bytes));
}
