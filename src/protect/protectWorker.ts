/** Encrypts or decrypts one file off the main thread: scrypt takes seconds and would freeze the page. */
import { decryptWithPassphrase, encryptWithPassphrase, type DecryptResult } from '../domain/protect/ageFile';

export type ProtectRequest = { kind: 'encrypt' | 'decrypt'; bytes: Uint8Array; passphrase: string };
export type ProtectReply = { kind: 'encrypted'; bytes: Uint8Array } | { kind: 'decrypted'; result: DecryptResult } | { kind: 'failed'; message: string };

const reply = (message: ProtectReply) => self.postMessage(message);

self.onmessage = async ({ data }: MessageEvent<ProtectRequest>) => {
  try {
    if (data.kind === 'encrypt') reply({ kind: 'encrypted', bytes: await encryptWithPassphrase(data.bytes, data.passphrase) });
    else reply({ kind: 'decrypted', result: await decryptWithPassphrase(data.bytes, data.passphrase) });
  } catch (error) {
    reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
