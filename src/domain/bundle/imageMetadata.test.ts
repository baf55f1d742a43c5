import { describe, expect, it } from 'vitest';
import { SYNTHETIC_EXIF, withExif } from '../../../tests/fixtures/exifJpeg';
import { stripImageMetadata } from './imageMetadata';

const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));
const segment = (marker: number, body: number[] | string) => {
  const content = bytes(body);
  return [0xff, marker, (content.length + 2) >> 8, (content.length + 2) & 0xff, ...content];
};
const contains = (haystack: Uint8Array, needle: string) => Buffer.from(haystack).includes(Buffer.from(needle));

/** SOI, JFIF, a quantisation table, a scan with a stuffed 0xFF and a restart marker, EOI: what a decoder needs. */
const JFIF = segment(0xe0, 'JFIF\0SYNTHETIC');
const TABLE = segment(0xdb, [0, 1, 2, 3]);
const SCAN = [...segment(0xda, [1, 1, 0, 0, 63, 0]), 0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56];
const PICTURE = bytes([0xff, 0xd8], JFIF, TABLE, SCAN, [0xff, 0xd9]);

describe('stripImageMetadata', () => {
  it("removes a JPEG's EXIF (artist, description, GPS), comments, XMP and what follows the picture, keeping the picture byte for byte", () => {
    const dirty = bytes([0xff, 0xd8], JFIF, segment(0xfe, 'SYNTHETIC comment'), segment(0xe1, 'http://ns.adobe.com/xap/1.0/\0SYNTHETIC-XMP'), TABLE, SCAN, [0xff, 0xd9], 'SYNTHETIC trailer');
    const withGps = withExif(dirty);
    expect(contains(withGps, SYNTHETIC_EXIF.artist)).toBe(true);
    const clean = stripImageMetadata(withGps, 'image/jpeg');
    expect(clean).toEqual(PICTURE);
    for (const word of [SYNTHETIC_EXIF.artist, SYNTHETIC_EXIF.description, 'Exif', 'SYNTHETIC comment', 'SYNTHETIC-XMP', 'SYNTHETIC trailer']) expect(contains(clean as Uint8Array, word)).toBe(false);
  });

  it("removes a PNG's text, EXIF and time chunks and what follows its end", () => {
    const chunk = (type: string, data: string) => [...bytes([0, 0, 0, data.length]), ...bytes(type), ...bytes(data), 0, 0, 0, 0];
    const signature = [137, 80, 78, 71, 13, 10, 26, 10];
    const keep = [...chunk('IHDR', '0123456789abc'), ...chunk('IDAT', 'SYNTHETIC pixels'), ...chunk('IEND', '')];
    const dirty = bytes(signature, chunk('IHDR', '0123456789abc'), chunk('tEXt', 'Author\0SYNTHETIC person'), chunk('eXIf', 'MM\0*SYNTHETIC-GPS'), chunk('IDAT', 'SYNTHETIC pixels'), chunk('IEND', ''), 'SYNTHETIC trailer');
    expect(stripImageMetadata(dirty, 'image/png')).toEqual(bytes(signature, keep));
  });

  it('refuses what it cannot walk, rather than pass it on unchecked', () => {
    expect(stripImageMetadata(bytes('SYNTHETIC not an image'), 'image/jpeg')).toBeNull();
    expect(stripImageMetadata(bytes([0xff, 0xd8, 0xff, 0xe1, 0x40, 0x00, 1]), 'image/jpeg')).toBeNull();
    expect(stripImageMetadata(bytes([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 9, 0]), 'image/png')).toBeNull();
  });
});
