/** All Esri Wayback releases, newest first, fetched from Esri's release list on demand (needs the network). */
import { getWaybackItems } from '@vannizhang/wayback-core';
import { waybackLayer, type ImageryLayer } from './imageryLayers';

export async function fetchWaybackReleases(): Promise<ImageryLayer[]> {
  const items = await getWaybackItems();
  return items.map((item) => waybackLayer(item.releaseNum, item.releaseDateLabel));
}
