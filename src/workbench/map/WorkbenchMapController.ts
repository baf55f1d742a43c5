/**
 * Owns the workbench's maplibre Map and its terra-draw instance: the offline basemap, the chosen imagery, the
 * survivors' diagrams as image layers, and the work's shapes. It reports what the user drew, reshaped or
 * selected; the page turns that into changes through the edit funnel and hands the new work back here.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { LngLatBounds, Map as MaplibreMap, type GeoJSONSource } from 'maplibre-gl';
import type { TerraDraw } from 'terra-draw';
import type { Selection } from '../../store/workStore';
import type { TracedGeometry } from '../../domain/workbench/newRecords';
import type { FacilityWork } from '../../domain/workbench/workTypes';
import { BASEMAP_ATTRIBUTION, BASEMAP_SOURCE, baseStyle, basemapLayers } from '../../map/basemapStyle';
import { ImageryControl, type ImageryStatus } from '../../map/imagery/imageryControl';
import type { ImageryLayer } from '../../map/imagery/imageryLayers';
import { MapControls } from '../../map/mapControls';
import type { ControlPoint, LonLat } from '../../domain/workbench/workTypes';
import { ControlPointMarkers } from './controlPointMarkers';
import type { Camera } from '../../store/urlState';
import { DiagramLayers, type DiagramOverlay, type HandleLabels } from './diagramLayers';
import { drawId, recordOf, workDrawFeatures } from './drawFeatures';
import { createDraw, modeFor, type PolygonShape, type Tool } from './drawTools';
import { FACILITY_SOURCE, facilityLayers, LABEL_SOURCE, labelLayer } from './workLabels';
import { PUBLISHED_SOURCE, publishedLayers } from './publishedLayers';
import { syncDraw } from './syncDraw';

export interface WorkbenchMapCallbacks {
  onDrawn: (tool: Tool, geometry: TracedGeometry) => void;
  onReshaped: (record: Selection, geometry: TracedGeometry) => void;
  onSelect: (record: Selection | null) => void;
  onPick: (lonLat: [number, number]) => void;
  onCornersMoved: (diagramId: string, corners: DiagramOverlay['corners']) => void;
  onImageryStatus: (status: ImageryStatus) => void;
  onMove: (camera: Camera) => void;
  /** The shape being drawn, at every change (null when none is): for the live area and lengths. */
  onMeasure: (geometry: Geometry | null) => void;
  onControlPointMoved: (diagramId: string, pointId: string, lonLat: LonLat) => void;
}

/** The map's own words, in the reader's language. */
export interface WorkbenchMapText {
  handles: HandleLabels;
  controlPoint: (number: number) => string;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export class WorkbenchMapController {
  readonly map: MaplibreMap;
  private draw: TerraDraw | null = null;
  private tool: Tool = 'select';
  private shape: PolygonShape = 'polygon';
  private labels: FeatureCollection = EMPTY;
  private facility: FeatureCollection = EMPTY;
  private readonly controlPoints: ControlPointMarkers;
  private pointsOf: string | null = null;
  private work: FacilityWork | null = null;
  private readonly imagery: ImageryControl;
  private styleReady = false;
  private published: FeatureCollection = EMPTY;
  private readonly diagrams: DiagramLayers;

  constructor(private readonly container: HTMLElement, basemapUrl: string, camera: Camera, private readonly callbacks: WorkbenchMapCallbacks, text: WorkbenchMapText) {
    this.map = new MaplibreMap({
      container,
      style: baseStyle(),
      center: [camera.lon, camera.lat],
      zoom: camera.zoom,
      maxZoom: 22,
      attributionControl: { compact: false },
      fadeDuration: 0,
    });
    new MapControls(this.map);
    // Under the diagrams and the traced shapes: the first layer that is neither background nor basemap.
    this.imagery = new ImageryControl(this.map, {
      onStatus: callbacks.onImageryStatus,
      beforeLayer: () => this.map.getStyle().layers.find((layer) => layer.id !== 'background' && !('source' in layer && layer.source === BASEMAP_SOURCE))?.id,
    });
    this.diagrams = new DiagramLayers(this.map, (id, corners) => callbacks.onCornersMoved(id, corners), text.handles);
    this.controlPoints = new ControlPointMarkers(this.map, (pointId, lonLat) => this.pointsOf && callbacks.onControlPointMoved(this.pointsOf, pointId, lonLat), text.controlPoint);
    this.map.once('style.load', () => {
      this.styleReady = true;
      this.map.addSource(BASEMAP_SOURCE, { type: 'geojson', data: basemapUrl, attribution: BASEMAP_ATTRIBUTION });
      for (const layer of basemapLayers()) this.map.addLayer(layer);
      this.map.addSource(FACILITY_SOURCE, { type: 'geojson', data: this.facility });
      for (const layer of facilityLayers()) this.map.addLayer(layer);
      this.map.addSource(LABEL_SOURCE, { type: 'geojson', data: this.labels });
      this.map.addLayer(labelLayer());
      this.map.addSource(PUBLISHED_SOURCE, { type: 'geojson', data: this.published });
      for (const layer of publishedLayers()) this.map.addLayer(layer);
      this.startDraw();
      this.imagery.attach();
      this.diagrams.attach();
    });
    this.map.on('click', (event) => {
      if (this.tool === 'pick') callbacks.onPick([event.lngLat.lng, event.lngLat.lat]);
    });
    this.map.on('moveend', () => {
      const center = this.map.getCenter();
      callbacks.onMove({ lon: center.lng, lat: center.lat, zoom: this.map.getZoom() });
    });
    this.map.on('idle', () => {
      container.dataset.idle = 'true';
      // How many of the work's records the map draws: a signal for people and tests alike.
      container.dataset.drawn = String(this.draw?.getSnapshot().filter((feature) => recordOf(feature.id ?? '')).length ?? 0);
    });
    this.map.on('movestart', () => (container.dataset.idle = 'false'));
  }

  private startDraw(): void {
    const draw = createDraw(this.map);
    // Listeners first: terra-draw may be ready during start() itself.
    draw.on('ready', () => {
      this.draw = draw;
      draw.setMode(modeFor(this.tool, this.shape));
      if (this.work) syncDraw(draw, workDrawFeatures(this.work));
      // Labels over terra-draw's shapes, which it adds once ready.
      if (this.map.getLayer('work-labels')) this.map.moveLayer('work-labels');
    });
    draw.on('change', (ids) => {
      const drawing = ids.map((id) => (recordOf(id) ? null : draw.getSnapshotFeature(id))).find((feature) => feature?.geometry.type !== 'Point');
      if (drawing) this.callbacks.onMeasure(drawing.geometry);
    });
    draw.on('finish', (id, context) => {
      const feature = draw.getSnapshotFeature(id);
      if (!feature) return;
      const geometry = feature.geometry as TracedGeometry;
      const record = recordOf(id);
      this.callbacks.onMeasure(null);
      if (context.action === 'draw' || !record) {
        // The drawn shape becomes a record; the sync that follows draws it again under the record's id.
        draw.removeFeatures([id]);
        this.callbacks.onDrawn(this.tool, geometry);
      } else {
        this.callbacks.onReshaped(record, geometry);
      }
    });
    draw.on('select', (id) => this.callbacks.onSelect(recordOf(id)));
    draw.on('deselect', () => this.callbacks.onSelect(null));
    draw.start();
  }

  setTool(tool: Tool, shape: PolygonShape): void {
    this.tool = tool;
    this.shape = shape;
    this.callbacks.onMeasure(null);
    this.draw?.setMode(modeFor(tool, shape));
    this.map.getCanvas().style.cursor = tool === 'pick' ? 'crosshair' : '';
  }

  setWork(work: FacilityWork): void {
    this.work = work;
    if (this.draw) syncDraw(this.draw, workDrawFeatures(work));
  }

  /** Shows a record's shape as selected on the map when the select tool is on (drawing tools keep drawing). */
  select(record: Selection | null): void {
    const draw = this.draw;
    if (!draw || !record || this.tool !== 'select') return;
    const id = drawId(record);
    if (!draw.hasFeature(id)) return;
    const current = draw.getSnapshot().find((feature) => feature.properties.selected);
    if (current?.id === id) return;
    if (current?.id !== undefined) draw.deselectFeature(current.id);
    draw.selectFeature(id);
  }

  /** The published plan's shapes that are not in the work, outlined under the tracing. */
  setPublished(collection: FeatureCollection): void {
    this.published = collection;
    this.container.dataset.published = String(collection.features.length);
    if (this.styleReady) this.map.getSource<GeoJSONSource>(PUBLISHED_SOURCE)?.setData(collection);
  }

  setDiagrams(overlays: DiagramOverlay[], editingCorners: string | null): void {
    this.diagrams.set(overlays, editingCorners);
  }

  /** The numbered control points of the diagram being georeferenced (none: `diagramId` null). */
  setControlPoints(diagramId: string | null, points: readonly ControlPoint[]): void {
    this.pointsOf = diagramId;
    this.controlPoints.set(diagramId ? points : []);
  }

  /** Labels on the traced shapes and the facility's own point. */
  setLabels(labels: FeatureCollection, facility: FeatureCollection): void {
    this.labels = labels;
    this.facility = facility;
    // Whether the facility's point is on the map: a signal for tests (the point itself is drawn by maplibre).
    this.container.dataset.facility = String(facility.features.length);
    if (!this.styleReady) return;
    this.map.getSource<GeoJSONSource>(LABEL_SOURCE)?.setData(labels);
    this.map.getSource<GeoJSONSource>(FACILITY_SOURCE)?.setData(facility);
  }

  /** Brings a diagram (its four corners) into view, as QGIS does with a newly added raster. */
  zoomTo(corners: readonly LonLat[]): void {
    const bounds = corners.reduce((box, corner) => box.extend(corner), new LngLatBounds(corners[0], corners[0]));
    this.map.fitBounds(bounds, { padding: 60, duration: 0, maxZoom: 21 });
  }

  setImagery(layer: ImageryLayer | null): void {
    this.imagery.set(layer);
  }

  destroy(): void {
    this.imagery.dispose();
    this.diagrams.detach();
    this.controlPoints.clear();
    this.draw?.stop();
    this.map.remove();
  }
}
