/**
 * Owns one maplibre Map: creation and teardown, the offline style, the overlay data and the imagery layer.
 * React components hand it plain data; it never holds React state. Pushes that arrive before the style has
 * loaded are kept and applied on load, so callers need not know about maplibre's lifecycle.
 */
import type { FeatureCollection } from 'geojson';
import { Map as MaplibreMap, prewarm, setWorkerUrl, type GeoJSONSource, type LngLatBoundsLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { FACILITIES_VISIBLE_MARK, MAP_COMPLETE_MARK, MAP_EVIDENCE_MARK } from '../app/pagePaths';
import type { Camera } from '../store/urlState';
import {
  BASEMAP_ATTRIBUTION,
  BASEMAP_LAND_LAYER,
  BASEMAP_SOURCE,
  basemapLayers,
  baseStyle,
  IMAGERY_BEFORE,
} from './basemapStyle';
import { COUNTRY_BOUNDS } from './firstView/firstViewCamera';
import { staticViewShown } from './firstView/firstViewData';
import { markerImages } from './icons/markerImages';
import { loadMarkerImages, type MarkerImage } from './icons/markerSheet';
import { MapControls, type MapUiText } from './mapControls';
import { ImageryControl, type ImageryStatus } from './imagery/imageryControl';
import type { ImageryLayer } from './imagery/imageryLayers';
import {
  CLUSTER_MAX_ZOOM,
  FACILITY_CLUSTER_LAYER,
  FACILITY_POINT_LAYER,
  FACILITY_SELECTED_LAYER,
  FACILITY_SOURCE,
  facilityLayers,
  selectedFilter,
} from './layers/facilityLayers';
import {
  PROVINCE_FILL_LAYER,
  PROVINCE_FILL_OPACITY,
  PROVINCE_LABEL_LAYER,
  PROVINCE_LABEL_SOURCE,
  PROVINCE_SOURCE,
  changedCounts,
  provinceLayers,
  provinceSource,
  sameLabels,
} from './layers/provinceLayers';
import { PLAN_ROOM_LAYER, PLAN_SOURCE, planLayers } from './layers/planLayers';
import { VIOLATION_CLUSTER_PROPERTIES, violationLayers } from './layers/violationLayers';
import { wireInteractions, type InteractionCallbacks } from './mapInteractions';
import { countRenderedFacilities } from './renderedFacilities';
import { SettledUpdates } from './settledUpdates';

setWorkerUrl(workerUrl);
// The map's worker starts loading with this module, while React renders, not when the first Map is made.
prewarm();
// So do the markers, drawn at build time; should their sheet not load, they are drawn here instead.
const MARKER_IMAGES: Promise<MarkerImage[]> = loadMarkerImages(window.devicePixelRatio || 1).catch(() => markerImages(window.devicePixelRatio || 1));

export { MAP_COMPLETE_MARK };

export { COUNTRY_BOUNDS };

export type { ImageryStatus };

export interface MapCallbacks extends InteractionCallbacks {
  onMove: (camera: Camera) => void;
  onImageryStatus: (status: ImageryStatus) => void;
  /** Once: the first frame in which facilities are drawn. */
  onFacilitiesDrawn?: () => void;
}

export interface ProvinceOverlay {
  /** The polygons: the same object until the provinces themselves change. */
  shapes: FeatureCollection;
  /** Unlocated facilities by pcode, drawn as feature-state. */
  unlocated: ReadonlyMap<string, number>;
  labels: FeatureCollection;
}

const BACKDROP_DEADLINE_MS = 2500;
/** The zoom a search with one located result flies to at most: the facility's surroundings, not its roofs. */
const RESULT_ZOOM = 12;
/** A fit that would zoom in by less than this (or out) is not worth moving a view that shows every result. */
const FIT_ZOOM_TOLERANCE = 0.5;

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export class MapController {
  readonly map: MaplibreMap;
  private loaded = false;
  private destroyed = false;
  private backdropAdded = false;
  private readonly basemapUrl: string;
  private facilities: FeatureCollection = EMPTY;
  private plans: FeatureCollection = EMPTY;
  private provinces: ProvinceOverlay = { shapes: EMPTY, unlocated: new Map(), labels: EMPTY };
  /** The unlocated counts the map has been given as feature-state. */
  private drawnUnlocated: ReadonlyMap<string, number> = new Map();
  /** The facilities' data on its way to maplibre's worker. */
  private readonly facilityUpdates = new SettledUpdates();
  private selectedId: string | null = null;
  private hoverNames: ReadonlyMap<string, string> = new Map();
  /** The facilities carry violation counts the map has not yet drawn (marked once, for the static first view). */
  private evidencePending = false;
  private readonly imagery: ImageryControl;
  private readonly callbacks: MapCallbacks;
  private readonly controls: MapControls;

  constructor(container: HTMLElement, basemapUrl: string, camera: Camera | null, callbacks: MapCallbacks) {
    this.callbacks = callbacks;
    this.basemapUrl = basemapUrl;
    this.map = new MaplibreMap({
      container,
      style: baseStyle(),
      ...(camera ? { center: [camera.lon, camera.lat], zoom: camera.zoom } : { bounds: COUNTRY_BOUNDS }),
      attributionControl: { compact: false },
      maxZoom: 20,
      fadeDuration: 0,
    });
    this.controls = new MapControls(this.map);
    // Facilities go in as soon as the style is parsed; the heavier basemap and provinces follow once they are
    // drawn (the map's single worker would otherwise parse those first), or after a short wait at the latest.
    this.map.once('style.load', () => this.onStyleLoad());
    setTimeout(() => this.addBackdrop(), BACKDROP_DEADLINE_MS);
    this.map.on('moveend', () => {
      const center = this.map.getCenter();
      callbacks.onMove({ lon: center.lng, lat: center.lat, zoom: this.map.getZoom() });
    });
    this.imagery = new ImageryControl(this.map, { onStatus: callbacks.onImageryStatus, beforeLayer: () => IMAGERY_BEFORE });
    this.map.on('movestart', () => (container.dataset.idle = 'false'));
    this.map.on('idle', () => {
      container.dataset.idle = 'true';
      if (this.evidencePending && this.loaded) {
        this.evidencePending = false;
        performance.mark(MAP_EVIDENCE_MARK);
      }
      // A signal for people and tests alike: how many facilities the map draws now, clusters counted by size.
      const rendered = countRenderedFacilities(this.map);
      container.dataset.renderedFacilities = String(rendered);
      container.dispatchEvent(new CustomEvent('atlas:map-idle', { bubbles: true }));
    });
  }

  /** Marks the first frame in which facilities are drawn (the benchmark's finish line), then adds the backdrop. */
  private watchFirstFacilities(): void {
    const onRender = () => {
      if (!this.map.isSourceLoaded(FACILITY_SOURCE) || this.facilities.features.length === 0) return;
      if (this.map.queryRenderedFeatures({ layers: [FACILITY_POINT_LAYER, FACILITY_CLUSTER_LAYER] }).length === 0) return;
      performance.mark(FACILITIES_VISIBLE_MARK);
      this.map.off('render', onRender);
      this.callbacks.onFacilitiesDrawn?.();
      this.addBackdrop();
      this.watchComplete();
    };
    this.map.on('render', onRender);
  }

  /** Marks the first frame in which the basemap, the provinces and their labels are drawn with the facilities. */
  private watchComplete(): void {
    const sources = [BASEMAP_SOURCE, PROVINCE_SOURCE, PROVINCE_LABEL_SOURCE];
    const onRender = () => {
      if (!sources.every((source) => this.map.getSource(source) && this.map.isSourceLoaded(source))) return;
      if ([BASEMAP_LAND_LAYER, PROVINCE_FILL_LAYER, PROVINCE_LABEL_LAYER].some((layer) => this.map.queryRenderedFeatures({ layers: [layer] }).length === 0)) return;
      performance.mark(MAP_COMPLETE_MARK);
      this.map.off('render', onRender);
    };
    this.map.on('render', onRender);
  }

  /** Basemap, provinces and imagery, drawn under the facilities. */
  private addBackdrop(): void {
    if (!this.loaded || this.backdropAdded) return;
    this.backdropAdded = true;
    const below = PLAN_ROOM_LAYER;
    this.map.addSource(BASEMAP_SOURCE, { type: 'geojson', data: this.basemapUrl, attribution: BASEMAP_ATTRIBUTION });
    for (const layer of basemapLayers()) this.map.addLayer(layer, below);
    this.map.addSource(PROVINCE_SOURCE, provinceSource(this.provinces.shapes));
    this.map.addSource(PROVINCE_LABEL_SOURCE, { type: 'geojson', data: this.provinces.labels });
    for (const layer of provinceLayers()) this.map.addLayer(layer, below);
    this.drawProvinceCounts();
    this.imagery.attach();
    this.tintProvinces();
  }

  private onStyleLoad(): void {
    void MARKER_IMAGES.then((images) => {
      if (!this.destroyed) this.addFacilities(images);
    });
  }

  private addFacilities(images: readonly MarkerImage[]): void {
    for (const { name, image, pixelRatio } of images) this.map.addImage(name, image, { pixelRatio });
    this.map.addSource(FACILITY_SOURCE, {
      type: 'geojson',
      data: this.facilities,
      cluster: true,
      clusterMaxZoom: CLUSTER_MAX_ZOOM,
      clusterRadius: 40,
      clusterProperties: VIOLATION_CLUSTER_PROPERTIES,
    });
    this.map.addSource(PLAN_SOURCE, { type: 'geojson', data: this.plans });
    for (const layer of [...planLayers(), ...facilityLayers(this.selectedId)]) this.map.addLayer(layer);
    for (const { layer, under } of violationLayers()) this.map.addLayer(layer, under === 'clusters' ? FACILITY_CLUSTER_LAYER : FACILITY_SELECTED_LAYER);
    wireInteractions(this.map, this.callbacks, () => this.selectedPoint(), (id) => this.hoverNames.get(id));
    this.watchFirstFacilities();
    this.loaded = true;
    // Under the static first view no one sees the live map draw in stages: everything goes in at once, drawn in
    // fewer frames (each frame is the whole canvas, ~1 s of main thread on a slow CPU) before the hand-over.
    if (staticViewShown()) this.addBackdrop();
  }

  setPlans(plans: FeatureCollection): void {
    this.plans = plans;
    if (this.loaded) (this.map.getSource(PLAN_SOURCE) as GeoJSONSource).setData(plans);
  }

  setFacilities(facilities: FeatureCollection): void {
    // The same features again (a filter's, given first by useFilterFeed, then by MapView's render): nothing to send.
    if (facilities === this.facilities) return;
    this.facilities = facilities;
    if (performance.getEntriesByName(MAP_EVIDENCE_MARK).length === 0 && facilities.features.some((feature) => Number(feature.properties?.violations) > 0)) this.evidencePending = true;
    if (!this.loaded) return;
    this.facilityUpdates.track((this.map.getSource(FACILITY_SOURCE) as GeoJSONSource).setData(facilities));
  }

  /** Each facility's hover text by id (facilityHoverNames). */
  setHoverNames(names: ReadonlyMap<string, string>): void {
    this.hoverNames = names;
  }

  setProvinces(overlay: ProvinceOverlay): void {
    // The same overlay again (a filter's, given first by useFilterFeed, then by MapView's render): nothing to send.
    if (overlay === this.provinces) return;
    const previous = this.provinces;
    this.provinces = overlay;
    if (!this.backdropAdded) return;
    // Only what changed: new labels are laid out again in maplibre's worker, which draws a frame more.
    if (overlay.shapes !== previous.shapes) {
      (this.map.getSource(PROVINCE_SOURCE) as GeoJSONSource).setData(overlay.shapes);
      this.drawnUnlocated = new Map();
    }
    // A filter's counts are drawn with its facilities, once maplibre's worker has them: set at once, the
    // feature-state alone made a whole frame of the old facilities (~150 ms of software GL), which held up the
    // worker's reply, and so the filter's map, by that frame.
    this.facilityUpdates.whenSettled(() => this.drawProvinceCounts());
    if (!sameLabels(previous.labels, overlay.labels)) (this.map.getSource(PROVINCE_LABEL_SOURCE) as GeoJSONSource).setData(overlay.labels);
  }

  /** The unlocated counts that differ from those drawn, as feature-state. */
  private drawProvinceCounts(): void {
    if (this.destroyed) return;
    for (const [pcode, unlocated] of changedCounts(this.drawnUnlocated, this.provinces.unlocated)) {
      this.map.setFeatureState({ source: PROVINCE_SOURCE, id: pcode }, { unlocated });
    }
    this.drawnUnlocated = this.provinces.unlocated;
  }

  setSelected(facilityId: string | null): void {
    this.selectedId = facilityId;
    if (this.loaded) this.map.setFilter(FACILITY_SELECTED_LAYER, selectedFilter(facilityId));
  }

  /** The selected facility's point, when it is among the facilities drawn. */
  private selectedPoint(): { id: string; at: [number, number] } | null {
    const feature = this.facilities.features.find((item) => item.properties?.id === this.selectedId);
    return feature?.geometry.type === 'Point' && this.selectedId ? { id: this.selectedId, at: feature.geometry.coordinates as [number, number] } : null;
  }

  setUiText(text: MapUiText): void {
    this.controls.setUiText(text);
  }

  setImagery(layer: ImageryLayer | null): void {
    this.imagery.set(layer);
    if (this.backdropAdded) this.tintProvinces();
  }

  /** Over imagery the province choropleth would tint what investigators look at: outlines and labels remain. */
  private tintProvinces(): void {
    this.map.setPaintProperty(PROVINCE_FILL_LAYER, 'fill-opacity', this.imagery.current ? 0 : PROVINCE_FILL_OPACITY);
  }

  /** Flies to a point, close enough that it is drawn on its own rather than inside a cluster. */
  flyToPoint(lon: number, lat: number): void {
    this.map.flyTo({ center: [lon, lat], zoom: Math.max(this.map.getZoom(), 13), essential: true });
  }

  jumpTo(camera: Camera): void {
    this.map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
  }

  fitBounds(bounds: LngLatBoundsLike): void {
    this.map.fitBounds(bounds, { padding: 40, maxZoom: 9 });
  }

  /**
   * Shows every given point (a search's located results): flies to one, fits several. A view that already shows
   * them all at about the zoom a fit would choose is left alone: moving it would change nothing the reader needs,
   * and would hold the map busy redrawing while it takes the filter's new data.
   */
  fitPoints(points: readonly (readonly [number, number])[]): void {
    if (points.length === 0) return;
    let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [lon, lat] of points) [west, south, east, north] = [Math.min(west, lon), Math.min(south, lat), Math.max(east, lon), Math.max(north, lat)];
    const bounds: LngLatBoundsLike = [west, south, east, north];
    const options = { padding: 60, maxZoom: RESULT_ZOOM };
    const view = this.map.getBounds();
    const fitted = this.map.cameraForBounds(bounds, options);
    const inView = view.contains([west, south]) && view.contains([east, north]);
    if (inView && fitted?.zoom !== undefined && fitted.zoom < this.map.getZoom() + FIT_ZOOM_TOLERANCE) return;
    this.map.fitBounds(bounds, { ...options, essential: true });
  }

  destroy(): void {
    this.destroyed = true;
    this.imagery.dispose();
    this.map.remove();
  }
}
