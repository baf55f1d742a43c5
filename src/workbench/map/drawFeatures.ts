/**
 * The work's records as terra-draw features: one per plan feature and placed violation, its id saying which
 * record it is ("features:room-1", "violations:violation-2"), its mode the tool that edits its geometry.
 */
import type { GeoJSONStoreFeatures } from 'terra-draw';
import type { CollectionName } from '../../domain/workbench/changes';
import type { TracedGeometry } from '../../domain/workbench/newRecords';
import type { FacilityWork } from '../../domain/workbench/workTypes';
import type { Selection } from '../../store/workStore';

export const DRAW_MODES = { Polygon: 'polygon', LineString: 'linestring', Point: 'point' } as const;

export function drawId(selection: Selection): string {
  return `${selection.collection}:${selection.id}`;
}

/** The record a terra-draw id stands for; null for a shape still being drawn. */
export function recordOf(id: string | number): Selection | null {
  const text = String(id);
  const colon = text.indexOf(':');
  const collection = text.slice(0, colon);
  if (collection !== 'features' && collection !== 'violations') return null;
  return { collection: collection as CollectionName, id: text.slice(colon + 1) };
}

export function workDrawFeatures(work: FacilityWork): GeoJSONStoreFeatures[] {
  const features: GeoJSONStoreFeatures[] = work.features.map((feature) => ({
    type: 'Feature',
    id: drawId({ collection: 'features', id: feature.id }),
    geometry: feature.geometry as TracedGeometry,
    properties: { mode: DRAW_MODES[feature.geometry.type], kind: feature.kind, label: feature.name.en || feature.id },
  }));
  for (const violation of work.violations) {
    if (!violation.location) continue;
    features.push({
      type: 'Feature',
      id: drawId({ collection: 'violations', id: violation.id }),
      geometry: { type: 'Point', coordinates: [...violation.location] },
      properties: { mode: 'point', kind: 'violation', label: violation.summary.en || violation.id },
    });
  }
  return features;
}
