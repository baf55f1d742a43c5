/**
 * A zip archive read with suspicion: its central directory is listed without inflating anything, so entry names
 * and declared sizes can be judged first, and an entry is inflated on its own, in small steps, stopping the moment
 * it yields more than it declared or than the caller allows — a zip bomb (a few MB declaring, or hiding, gigabytes)
 * costs milliseconds, not the page. fflate does the inflating; this file only finds the bytes and keeps count.
 */
import { Inflate } from 'fflate';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when read. */
  method: number;
  compressedSize: number;
  /** The size the archive declares the entry expands to. */
  size: number;
  /** Where the entry's compressed bytes start. */
  dataStart: number;
}

export type ZipListing = { ok: true; entries: ZipEntry[] } | { ok: false; reason: string };

export type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end-of-directory record is 22 bytes plus a comment of at most 65,535. */
const MAX_END_SEARCH = 22 + 0xffff;
const ZIP64_MARK = 0xffffffff;
/** Compressed bytes handed to the inflater at once: deflate expands at most ~1,032-fold, so ≤ 16 MB per step. */
const STEP = 16 * 1024;

/** The archive's entries as its central directory lists them (in order, duplicates included). */
export function listZip(bytes: Uint8Array): ZipListing {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - MAX_END_SEARCH); at -= 1) {
    if (u32(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end === -1) return { ok: false, reason: 'it has no zip directory (it is not a zip archive, or it was cut off)' };
  const count = u16(end + 10);
  const directorySize = u32(end + 12);
  const directoryStart = u32(end + 16);
  if (count === 0xffff || directorySize === ZIP64_MARK || directoryStart === ZIP64_MARK) return { ok: false, reason: 'it is a ZIP64 archive, far larger than any bundle' };
  if (directoryStart + directorySize > end) return { ok: false, reason: 'its zip directory points outside the file' };
  const entries: ZipEntry[] = [];
  let at = directoryStart;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > end || u32(at) !== DIRECTORY_ENTRY) return { ok: false, reason: 'its zip directory is damaged' };
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    const entry = { method: u16(at + 10), compressedSize: u32(at + 20), size: u32(at + 24), local: u32(at + 42) };
    if (next > end) return { ok: false, reason: 'its zip directory is damaged' };
    if (flags & 1) return { ok: false, reason: 'an entry is encrypted' };
    if (entry.compressedSize === ZIP64_MARK || entry.size === ZIP64_MARK || entry.local === ZIP64_MARK) return { ok: false, reason: 'it is a ZIP64 archive, far larger than any bundle' };
    const name = entryName(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0);
    if (name === null) return { ok: false, reason: 'an entry name is not valid UTF-8' };
    if (entry.local + 30 > directoryStart || u32(entry.local) !== LOCAL_HEADER) return { ok: false, reason: `entry "${name}" points outside the archive` };
    const dataStart = entry.local + 30 + u16(entry.local + 26) + u16(entry.local + 28);
    if (dataStart + entry.compressedSize > directoryStart) return { ok: false, reason: `entry "${name}" runs past the end of the archive` };
    entries.push({ name, method: entry.method, compressedSize: entry.compressedSize, size: entry.size, dataStart });
    at = next;
  }
  return { ok: true, entries };
}

/** Zip names are UTF-8 when flagged so, else (as fflate reads them) one byte a character. */
function entryName(bytes: Uint8Array, utf8: boolean): string | null {
  if (!utf8) {
    let name = '';
    for (const byte of bytes) name += String.fromCharCode(byte);
    return name;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Inflates `entry`, refusing it as soon as it yields more than it declares; its declared size must be ≤ `limit`. */
export function inflateEntry(archive: Uint8Array, entry: ZipEntry, limit: number): Inflated {
  if (entry.size > limit) return { ok: false, reason: `it declares ${entry.size.toLocaleString('en')} bytes, more than the ${limit.toLocaleString('en')} allowed` };
  const data = archive.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) return data.length === entry.size ? { ok: true, bytes: data.slice() } : { ok: false, reason: 'its stored size does not match its declared size' };
  if (entry.method !== 8) return { ok: false, reason: `it uses compression method ${entry.method}, which bundles never use` };
  const out = new Uint8Array(entry.size);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > entry.size) throw new RangeError('more than declared');
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let at = 0; at < data.length || at === 0; at += STEP) inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  } catch (error) {
    return { ok: false, reason: error instanceof RangeError ? 'it expands to more than it declares (a damaged or hostile archive)' : 'its compressed data is damaged' };
  }
  return written === entry.size ? { ok: true, bytes: out } : { ok: false, reason: 'it expands to less than it declares (a damaged archive)' };
}
