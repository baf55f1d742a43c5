/**
 * Which reader a file needs, from its first bytes and then its name: a zip is a KMZ, "<" opens KML, "{" or "["
 * opens JSON (GeoJSON or Uwazi's API, told apart once parsed), anything else is read as CSV.
 */
export type FileFamily = 'csv' | 'json' | 'kml' | 'kmz';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function detectFamily(name: string, head: Uint8Array): FileFamily {
  if (ZIP_MAGIC.every((byte, index) => head[index] === byte)) return 'kmz';
  const start = firstCharacter(head);
  if (start === '<') return 'kml';
  if (start === '{' || start === '[') return 'json';
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'kmz') return 'kmz';
  if (extension === 'kml') return 'kml';
  if (extension === 'json' || extension === 'geojson') return 'json';
  return 'csv';
}

/** The first character that is not white space or a byte-order mark (ASCII is enough to tell the families). */
function firstCharacter(head: Uint8Array): string | null {
  let index = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  // UTF-16 text: step over its mark and read every other byte.
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (utf16) index = 2;
  for (; index < head.length; index += 1) {
    const byte = head[index] ?? 0;
    if (byte === 0 || byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d) continue;
    return String.fromCharCode(byte);
  }
  return null;
}
