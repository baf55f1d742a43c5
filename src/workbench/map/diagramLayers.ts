/**
 * Survivors' diagrams over the imagery: one maplibre image source and raster layer each, under the published
 * plan's outlines and the traced shapes, with four draggable corner handles for the diagram being placed by its
 * corners. Images come from local object URLs (the bytes stay in this browser).
 */
import { Marker, type ImageSource, type Map as MaplibreMap } from 'maplibre-gl';
import type { LonLat } from '../../domain/workbench/workTypes';
import { PUBLISHED_LAYER_PREFIX } from './publishedLayers';

type Corners = [LonLat, LonLat, LonLat, LonLat];

export interface DiagramOverlay {
  id: string;
  url: string;
  corners: Corners;
  opacity: number;
}

const layerId = (id: string) => `diagram:${id}`;

export class DiagramLayers {
  private ready = false;
  private shown = new Map<string, DiagramOverlay>();
  private wanted: DiagramOverlay[] = [];
  private editing: string | null = null;
  private handles: Marker[] = [];

  constructor(
    private readonly map: MaplibreMap,
    private readonly onCornersMoved: (diagramId: string, corners: Corners) => void,
  ) {}

  attach(): void {
    this.ready = true;
    this.apply();
  }

  set(overlays: DiagramOverlay[], editingCorners: string | null): void {
    this.wanted = overlays;
    this.editing = editingCorners;
    if (this.ready) this.apply();
  }

  private apply(): void {
    const ids = new Set(this.wanted.map((overlay) => overlay.id));
    for (const id of this.shown.keys()) {
      if (ids.has(id)) continue;
      this.map.removeLayer(layerId(id));
      this.map.removeSource(layerId(id));
      this.shown.delete(id);
    }
    // The published plan's outlines and the traced shapes (terra-draw's layers) stay on top of every diagram.
    const below = this.map.getStyle().layers.find((layer) => layer.id.startsWith(PUBLISHED_LAYER_PREFIX) || layer.id.startsWith('td-'))?.id;
    for (const overlay of this.wanted) {
      const previous = this.shown.get(overlay.id);
      const source = this.map.getSource<ImageSource>(layerId(overlay.id));
      if (!source) {
        this.map.addSource(layerId(overlay.id), { type: 'image', url: overlay.url, coordinates: overlay.corners });
        this.map.addLayer({ id: layerId(overlay.id), type: 'raster', source: layerId(overlay.id), paint: { 'raster-opacity': overlay.opacity, 'raster-fade-duration': 0 } }, below);
      } else if (previous?.url !== overlay.url) {
        source.updateImage({ url: overlay.url, coordinates: overlay.corners });
      } else if (JSON.stringify(previous.corners) !== JSON.stringify(overlay.corners)) {
        source.setCoordinates(overlay.corners);
      }
      this.map.setPaintProperty(layerId(overlay.id), 'raster-opacity', overlay.opacity);
      this.shown.set(overlay.id, overlay);
    }
    this.placeHandles();
  }

  private placeHandles(): void {
    for (const handle of this.handles) handle.remove();
    this.handles = [];
    const overlay = this.wanted.find((item) => item.id === this.editing);
    if (!overlay) return;
    const corners = overlay.corners.map((corner) => [...corner] as LonLat) as Corners;
    corners.forEach((corner, index) => {
      const element = document.createElement('div');
      element.className = 'diagram-corner';
      element.setAttribute('aria-label', `corner ${index + 1}`);
      const handle = new Marker({ element, draggable: true }).setLngLat(corner).addTo(this.map);
      handle.on('drag', () => {
        const { lng, lat } = handle.getLngLat();
        corners[index] = [lng, lat];
        this.map.getSource<ImageSource>(layerId(overlay.id))?.setCoordinates(corners);
      });
      handle.on('dragend', () => this.onCornersMoved(overlay.id, corners.map((item) => [...item] as LonLat) as Corners));
      this.handles.push(handle);
    });
  }

  detach(): void {
    for (const handle of this.handles) handle.remove();
    this.ready = false;
  }
}
