/** How many facilities the map draws right now: single points plus the size of every drawn cluster. */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { FACILITY_CLUSTER_LAYER, FACILITY_POINT_LAYER } from './layers/facilityLayers';

export function countRenderedFacilities(map: MaplibreMap): number {
  if (!map.getLayer(FACILITY_POINT_LAYER)) return 0;
  const seen = new Set<string>();
  let count = 0;
  for (const feature of map.queryRenderedFeatures({ layers: [FACILITY_POINT_LAYER, FACILITY_CLUSTER_LAYER] })) {
    const properties = feature.properties as { id?: string; cluster_id?: number; point_count?: number };
    // A feature split across tile edges is returned once per tile: count it once.
    const key = properties.cluster_id !== undefined ? `cluster:${properties.cluster_id}` : `point:${properties.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    count += properties.point_count ?? 1;
  }
  return count;
}
