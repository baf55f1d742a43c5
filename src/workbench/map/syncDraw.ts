/**
 * Brings terra-draw's features in line with the work after any change (an edit, an undo, an import): adds what
 * is new, moves what changed, removes what went. Only the difference is touched, so a selection survives.
 */
import type { GeoJSONStoreFeatures, TerraDraw } from 'terra-draw';
import { recordOf } from './drawFeatures';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function syncDraw(draw: TerraDraw, wanted: GeoJSONStoreFeatures[]): void {
  const byId = new Map(wanted.map((feature) => [String(feature.id), feature]));
  const present = new Map(draw.getSnapshot().map((feature) => [String(feature.id), feature]));
  const gone = [...present.keys()].filter((id) => recordOf(id) && !byId.has(id));
  if (gone.length > 0) draw.removeFeatures(gone);
  const added: GeoJSONStoreFeatures[] = [];
  for (const [id, feature] of byId) {
    const current = present.get(id);
    if (!current) {
      added.push(feature);
      continue;
    }
    if (!same(current.geometry.coordinates, feature.geometry.coordinates)) draw.updateFeatureGeometry(id, feature.geometry);
    const { kind, label } = feature.properties;
    if (current.properties.kind !== kind || current.properties.label !== label) draw.updateFeatureProperties(id, { kind, label });
  }
  if (added.length > 0) {
    const results = draw.addFeatures(added);
    for (const result of results) {
      // A shape terra-draw refuses (e.g. a ring it cannot draw) is still in the work; the problem list names it.
      if (!result.valid) console.warn(`terra-draw did not draw ${String(result.id)}: ${result.reason ?? 'invalid'}`);
    }
  }
}
