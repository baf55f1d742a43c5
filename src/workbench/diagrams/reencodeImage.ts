/**
 * A diagram photo reduced to its pixels: decoded (EXIF orientation applied, so it stays upright), drawn to a canvas
 * and encoded again in its own format. Nothing else of the file survives — a phone photo's EXIF GPS position,
 * artist, description, camera and time, XMP, comments, anything appended — and only the new bytes are stored.
 */
export interface Reencoded {
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** JPEG quality of the re-encoding: a drawing's lines stay sharp, the file stays a photo's size. */
const JPEG_QUALITY = 0.95;

/** Re-encodes `file` as `mediaType`; throws when the browser cannot decode or draw it. */
export async function reencodeImage(file: Blob, mediaType: 'image/png' | 'image/jpeg'): Promise<Reencoded> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const { width, height } = bitmap;
    const blob = await drawAndEncode(bitmap, mediaType);
    return { bytes: new Uint8Array(await blob.arrayBuffer()), width, height };
  } finally {
    bitmap.close();
  }
}

async function drawAndEncode(bitmap: ImageBitmap, mediaType: string): Promise<Blob> {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(bitmap, 0, 0);
    return canvas.convertToBlob({ type: mediaType, quality: JPEG_QUALITY });
  }
  // Browsers before OffscreenCanvas (Safari < 16.4).
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.drawImage(bitmap, 0, 0);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))), mediaType, JPEG_QUALITY));
}
