/**
 * Survivors' diagrams over the imagery: one maplibre image source and raster layer each, under the published
 * plan's outlines and the traced shapes, with move, rotate and scale handles for the diagram being placed by
 * hand (markers: dragging one never pans the map). Images come from local object URLs (the bytes stay here).
 */
import { Marker, type ImageSource, type Map as MaplibreMap } from 'maplibre-gl';
import { handlePositions, movedCorners, rotatedCorners, scaledCorners, type Corners } from '../../domain/georeference/cornerHandles';
import type { LonLat } from '../../domain/workbench/workTypes';
import { PUBLISHED_LAYER_PREFIX } from './publishedLayers';

/** The handles' accessible names, in the reader's language. */
export interface HandleLabels {
  move: string;
  rotate: string;
  scale: string;
}

type HandleKind = keyof HandleLabels;
const HANDLES: { kind: HandleKind; label: HandleKind }[] = [
  { kind: 'move', label: 'move' },
  { kind: 'rotate', label: 'rotate' },
  { kind: 'scale', label: 'scale' },
];
const DRAGS: Record<HandleKind, (corners: Corners, from: LonLat, to: LonLat) => Corners> = { move: movedCorners, rotate: rotatedCorners, scale: scaledCorners };

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
    private labels: HandleLabels,
  ) {}

  setLabels(labels: HandleLabels): void {
    this.labels = labels;
    if (this.ready) this.placeHandles();
  }

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

  /** Move, rotate and scale handles on the diagram being placed by hand: the four corners always move together. */
  private placeHandles(): void {
    for (const handle of this.handles) handle.remove();
    this.handles = [];
    const overlay = this.wanted.find((item) => item.id === this.editing);
    if (!overlay) return;
    let corners: Corners = overlay.corners.map((corner) => [...corner] as LonLat) as Corners;
    const positions = handlePositions(corners);
    const made = HANDLES.map(({ kind, label }) => {
      const element = document.createElement('div');
      element.className = `diagram-handle diagram-handle-${kind}`;
      element.setAttribute('aria-label', this.labels[label]);
      element.title = this.labels[label];
      return { kind, marker: new Marker({ element, draggable: true }).setLngLat(positions[kind]).addTo(this.map) };
    });
    for (const { kind, marker } of made) {
      let start: { corners: Corners; at: LonLat } | null = null;
      marker.on('dragstart', () => (start = { corners, at: handlePositions(corners)[kind] }));
      marker.on('drag', () => {
        if (!start) return;
        const { lng, lat } = marker.getLngLat();
        corners = DRAGS[kind](start.corners, start.at, [lng, lat]);
        this.map.getSource<ImageSource>(layerId(overlay.id))?.setCoordinates(corners);
        const moved = handlePositions(corners);
        for (const other of made) if (other.kind !== kind) other.marker.setLngLat(moved[other.kind]);
      });
      marker.on('dragend', () => {
        start = null;
        this.onCornersMoved(overlay.id, corners.map((item) => [...item] as LonLat) as Corners);
      });
      this.handles.push(marker);
    }
  }

  detach(): void {
    for (const handle of this.handles) handle.remove();
    this.ready = false;
  }
}
