import { createHash, getRandomValues } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from './sha256';

// Outside a secure context (a tablet on plain http:// over the local network) browsers give no crypto.subtle.
const insecureCrypto = { getRandomValues: (array: Uint8Array) => getRandomValues(array) };

describe('sha256Hex', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives the standard digest of the empty input', async () => {
    expect(await sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('agrees with Node for a few megabytes, as a diagram photo may be', async () => {
    const bytes = Uint8Array.from({ length: 3_000_001 }, (_, index) => (index * 31 + 7) % 256);
    expect(await sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('works where Web Crypto has no subtle (not a secure context)', async () => {
    vi.stubGlobal('crypto', insecureCrypto);
    const bytes = new TextEncoder().encode('SYNTHETIC plan');
    expect(await sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});
