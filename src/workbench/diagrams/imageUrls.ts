/**
 * Object URLs for diagram images kept in the browser's storage: made once per image and reused by the map
 * overlay and the panel, so the bytes never travel anywhere but from IndexedDB to the page.
 */
import type { WorkStorage } from '../../persistence/workStorage';

const urls = new Map<string, Promise<string | null>>();

export function imageUrl(storage: WorkStorage, key: string): Promise<string | null> {
  let url = urls.get(key);
  if (!url) {
    url = storage.getImage(key).then((image) => (image ? URL.createObjectURL(new Blob([image.bytes as BlobPart], { type: image.mediaType })) : null));
    // A failed read is tried again next time rather than remembered.
    url.catch(() => urls.delete(key));
    urls.set(key, url);
  }
  return url;
}
