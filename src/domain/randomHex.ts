/**
 * Random hex digits from crypto.getRandomValues, which every browser context has; crypto.randomUUID exists only
 * in secure contexts, and a tablet reaching the app over plain http:// on the local network is not one.
 */
export function randomHex(digits: number): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(Math.ceil(digits / 2)));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('').slice(0, digits);
}
