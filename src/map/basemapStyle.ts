/**
 * The offline style: a calm dark basemap from bundled Natural Earth shapes (no tile server, no glyph server —
 * maplibre renders label glyphs locally when the style names no glyphs URL), with the overlays on top.
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { ImageryLayer } from './imagery/imageryLayers';
import { PROVINCE_FILL_LAYER } from './layers/provinceLayers';

export const BASEMAP_SOURCE = 'basemap';
export const BASEMAP_LAND_LAYER = 'land';
export const IMAGERY_SOURCE = 'imagery';
export const IMAGERY_LAYER = 'imagery';
/** Imagery is drawn just under this layer: above land, below provinces and facilities. */
export const IMAGERY_BEFORE = PROVINCE_FILL_LAYER;

export const BASEMAP_ATTRIBUTION = 'Made with Natural Earth';

/** Land, coast and borders; the sea is the style's background. */
export function basemapLayers(): LayerSpecification[] {
  return [
    {
      id: BASEMAP_LAND_LAYER,
      type: 'fill',
      source: BASEMAP_SOURCE,
      filter: ['==', ['get', 'layer'], 'country'],
      paint: { 'fill-color': ['match', ['get', 'iso'], '408', '#2b3a3f', '#1e272c'] },
    },
    {
      id: 'coast',
      type: 'line',
      source: BASEMAP_SOURCE,
      filter: ['==', ['get', 'layer'], 'coast'],
      paint: { 'line-color': '#6f8b99', 'line-width': 0.9 },
    },
    {
      id: 'border',
      type: 'line',
      source: BASEMAP_SOURCE,
      filter: ['==', ['get', 'layer'], 'border'],
      paint: { 'line-color': '#d9b46b', 'line-width': 1.6, 'line-dasharray': [3, 2] },
    },
  ];
}

export function imagerySource(layer: ImageryLayer): SourceSpecification {
  return {
    type: 'raster',
    tiles: layer.tiles,
    tileSize: layer.tileSize,
    maxzoom: layer.maxzoom,
    scheme: layer.scheme ?? 'xyz',
    attribution: layer.attribution,
  };
}

export function imageryLayer(): LayerSpecification {
  return { id: IMAGERY_LAYER, type: 'raster', source: IMAGERY_SOURCE, paint: { 'raster-fade-duration': 0 } };
}

/** The style a map starts with: the sea. Land and overlays are added by the controller. */
export function baseStyle(): StyleSpecification {
  return { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#0f1b24' } }] };
}
