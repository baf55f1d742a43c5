/**
 * Reads a bundle off the main thread: listing, inflating, hashing and validating a large or hostile zip must
 * never freeze the page. Answers one request (the bundle's bytes, transferred) with what readBundle found.
 */
import { readBundle, type ReadBundle } from '../../domain/bundle/readBundle';

export interface ReadBundleRequest {
  bytes: Uint8Array;
  fileName: string;
}

export type ReadBundleReply = { ok: true; bundle: ReadBundle } | { ok: false; message: string };

self.onmessage = async (event: MessageEvent<ReadBundleRequest>) => {
  let reply: ReadBundleReply;
  try {
    reply = { ok: true, bundle: await readBundle(event.data.bytes, event.data.fileName) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  // The images go back without a copy.
  const transfer = reply.ok ? [...reply.bundle.images.values()].map((image) => image.bytes.buffer as ArrayBuffer) : [];
  self.postMessage(reply, { transfer: [...new Set(transfer)] });
};
