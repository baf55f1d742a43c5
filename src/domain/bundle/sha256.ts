/** SHA-256 through Web Crypto, which browsers and Node 20+ both provide as globalThis.crypto. */

/** The SHA-256 of `bytes` as lowercase hex. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // Copied because Web Crypto refuses views onto a SharedArrayBuffer, which a caller's array may be.
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
