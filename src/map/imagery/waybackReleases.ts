/**
 * All Esri Wayback releases, newest first, fetched from Esri's release list on demand (needs the network). The
 * client library is loaded only then, so the first screen does not download it.
 */
import { waybackLayer, type ImageryLayer } from './imageryLayers';

export async function fetchWaybackReleases(): Promise<ImageryLayer[]> {
  const { getWaybackItems } = await import('@vannizhang/wayback-core');
  const items = await getWaybackItems();
  return items.map((item) => waybackLayer(item.releaseNum, item.releaseDateLabel));
}
