/**
 * Strips what an image file says besides its pixels: a JPEG's EXIF (GPS position, camera, artist, description,
 * often the time and place a survivor's drawing was photographed), XMP, IPTC, comments and anything after the
 * picture; a PNG's text, EXIF and time chunks and anything after them. The workbench re-encodes every diagram on intake, which drops all of it; this byte-level pass runs
 * again on every image of a public export, so an image that came in another way (an older bundle) cannot carry
 * it out. Only the segments a decoder needs are kept; a file whose structure cannot be walked is refused (null).
 */

/** JPEG segments kept: APP0 (JFIF), APP2 (ICC colour profile), APP14 (Adobe colour transform). */
const KEPT_APP_MARKERS = new Set([0xe0, 0xe2, 0xee]);
const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
/** PNG chunks that hold words or times, not pixels. */
const PNG_METADATA_CHUNKS = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

/** The image without its metadata, or null when its structure is not a JPEG or PNG this can walk safely. */
export function stripImageMetadata(bytes: Uint8Array, mediaType: 'image/png' | 'image/jpeg'): Uint8Array | null {
  return mediaType === 'image/jpeg' ? stripJpeg(bytes) : stripPng(bytes);
}

function stripJpeg(bytes: Uint8Array): Uint8Array | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  let offset = 2;
  while (offset + 2 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1] as number;
    if (marker === 0xff) {
      offset += 1; // a fill byte before a marker
      continue;
    }
    // End of image: whatever follows (a phone's trailer, an appended file) is not the picture.
    if (marker === 0xd9) {
      kept.push(bytes.subarray(offset, offset + 2));
      return concat(kept);
    }
    if (offset + 4 > bytes.length) return null;
    const length = ((bytes[offset + 2] as number) << 8) | (bytes[offset + 3] as number);
    const end = offset + 2 + length;
    if (length < 2 || end > bytes.length) return null;
    const isMetadata = (marker >= 0xe1 && marker <= 0xef && !KEPT_APP_MARKERS.has(marker)) || marker === 0xfe;
    if (!isMetadata) kept.push(bytes.subarray(offset, end));
    offset = end;
    // Start of scan: compressed pixels follow, up to the next marker that is not a stuffed byte or a restart.
    if (marker === 0xda) {
      const next = nextMarker(bytes, end);
      kept.push(bytes.subarray(end, next));
      offset = next;
    }
  }
  return null;
}

/** Where the entropy-coded data starting at `from` ends: at 0xFF followed by a marker (not 0x00, a restart or fill). */
function nextMarker(bytes: Uint8Array, from: number): number {
  for (let index = from; index + 1 < bytes.length; index += 1) {
    if (bytes[index] !== 0xff) continue;
    const following = bytes[index + 1] as number;
    if (following !== 0x00 && following !== 0xff && (following < 0xd0 || following > 0xd7)) return index;
  }
  return bytes.length;
}

function stripPng(bytes: Uint8Array): Uint8Array | null {
  if (bytes.length < 8 || PNG_SIGNATURE.some((byte, index) => bytes[index] !== byte)) return null;
  const kept: Uint8Array[] = [bytes.subarray(0, 8)];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const end = offset + 12 + length;
    if (end > bytes.length) return null;
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (!PNG_METADATA_CHUNKS.has(type)) kept.push(bytes.subarray(offset, end));
    if (type === 'IEND') return concat(kept);
    offset = end;
  }
  return null;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
