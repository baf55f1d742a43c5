/**
 * The imagery layer of a maplibre Map, one implementation for the public map and the workbench: the source and
 * layer added and removed in pairs, the tile events turned into a status, and the event listeners removed with it.
 */
import type { ErrorEvent, Map as MaplibreMap, MapSourceDataEvent } from 'maplibre-gl';
import { IMAGERY_LAYER, IMAGERY_SOURCE, imageryLayer, imagerySource } from '../basemapStyle';
import type { ImageryLayer } from './imageryLayers';

export type ImageryStatus = 'off' | 'loading' | 'loaded' | 'failed';

interface ImageryControlOptions {
  onStatus: (status: ImageryStatus) => void;
  /** The layer the imagery goes under (undefined: on top), asked each time it is added. */
  beforeLayer: () => string | undefined;
}

export class ImageryControl {
  private layer: ImageryLayer | null = null;
  private ready = false;
  private readonly onError = (event: ErrorEvent & { sourceId?: string }) => {
    if (event.sourceId === IMAGERY_SOURCE) this.options.onStatus('failed');
  };
  private readonly onSourceData = (event: MapSourceDataEvent) => {
    if (event.sourceId === IMAGERY_SOURCE && event.tile?.state === 'loaded') this.options.onStatus('loaded');
  };

  constructor(
    private readonly map: MaplibreMap,
    private readonly options: ImageryControlOptions,
  ) {
    map.on('error', this.onError);
    map.on('sourcedata', this.onSourceData);
  }

  get current(): ImageryLayer | null {
    return this.layer;
  }

  /** Chooses the imagery (null: none); drawn once the map's own layers are in (see `attach`). */
  set(layer: ImageryLayer | null): void {
    // The same layer with other tiles (a custom layer edited, another Wayback release) is a new layer.
    if (layer?.id === this.layer?.id && layer?.tiles[0] === this.layer?.tiles[0]) return;
    this.layer = layer;
    if (this.ready) this.apply();
  }

  /** Called once the layers the imagery goes under are on the map. */
  attach(): void {
    this.ready = true;
    this.apply();
  }

  dispose(): void {
    this.map.off('error', this.onError);
    this.map.off('sourcedata', this.onSourceData);
  }

  private apply(): void {
    if (this.map.getLayer(IMAGERY_LAYER)) this.map.removeLayer(IMAGERY_LAYER);
    if (this.map.getSource(IMAGERY_SOURCE)) this.map.removeSource(IMAGERY_SOURCE);
    if (!this.layer) return this.options.onStatus('off');
    this.options.onStatus('loading');
    this.map.addSource(IMAGERY_SOURCE, imagerySource(this.layer));
    this.map.addLayer(imageryLayer(), this.options.beforeLayer());
  }
}
