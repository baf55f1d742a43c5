/**
 * The published plan under the tracing, as dashed outlines (and dots for fixtures): what the public app shows
 * today, for comparison while the investigator traces a new reading. Not editable; "Start from the published
 * plan" copies it into the work, after which these outlines give way to the work's own shapes.
 */
import type { LayerSpecification } from 'maplibre-gl';

export const PUBLISHED_SOURCE = 'published-plan';
/** Every layer id here starts with this, so diagrams can be slid in underneath. */
export const PUBLISHED_LAYER_PREFIX = 'published-';
const COLOUR = '#f4a261';

export function publishedLayers(): LayerSpecification[] {
  return [
    {
      id: `${PUBLISHED_LAYER_PREFIX}outline`,
      type: 'line',
      source: PUBLISHED_SOURCE,
      filter: ['!=', ['geometry-type'], 'Point'],
      paint: { 'line-color': COLOUR, 'line-width': 1.5, 'line-dasharray': [3, 2] },
    },
    {
      id: `${PUBLISHED_LAYER_PREFIX}fixtures`,
      type: 'circle',
      source: PUBLISHED_SOURCE,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 3, 'circle-color': COLOUR },
    },
  ];
}
