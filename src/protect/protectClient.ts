/**
 * How an export is saved: encrypted with a passphrase (the default for restricted material) or, by the user's
 * explicit choice, in plain text. The work runs in a worker (protectWorker.ts), one per file.
 */
import { AGE_EXTENSION, type DecryptResult } from '../domain/protect/ageFile';
import type { ProtectReply, ProtectRequest } from './protectWorker';

export type Protection = { kind: 'passphrase'; passphrase: string } | { kind: 'plaintext' };

/** For what is meant to be public (a public bundle): no passphrase, no question. */
export const PLAINTEXT: Protection = { kind: 'plaintext' };

function inWorker(request: ProtectRequest): Promise<ProtectReply> {
  const worker = new Worker(new URL('./protectWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<ProtectReply>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ProtectReply>) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(event.message || 'the encryption worker could not start'));
    worker.postMessage(request, [request.bytes.buffer]);
  }).finally(() => worker.terminate());
}

/** The file as it is to be saved: encrypted and named `<name>.age`, or as it is when the user chose plain text. */
export async function protectFile(file: { name: string; bytes: Uint8Array }, protection: Protection): Promise<{ name: string; bytes: Uint8Array }> {
  if (protection.kind === 'plaintext') return file;
  const reply = await inWorker({ kind: 'encrypt', bytes: file.bytes.slice(), passphrase: protection.passphrase });
  if (reply.kind !== 'encrypted') throw new Error(reply.kind === 'failed' ? reply.message : 'unexpected reply from the encryption worker');
  return { name: `${file.name}${AGE_EXTENSION}`, bytes: reply.bytes };
}

export async function decryptFile(bytes: Uint8Array, passphrase: string): Promise<DecryptResult> {
  const reply = await inWorker({ kind: 'decrypt', bytes: bytes.slice(), passphrase });
  if (reply.kind !== 'decrypted') throw new Error(reply.kind === 'failed' ? reply.message : 'unexpected reply from the encryption worker');
  return reply.result;
}

/** Hands a file to the browser's download: nothing is sent anywhere. */
export function saveFile(file: { name: string; bytes: Uint8Array }, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.name.endsWith(AGE_EXTENSION) ? 'application/octet-stream' : type }));
  link.download = file.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
