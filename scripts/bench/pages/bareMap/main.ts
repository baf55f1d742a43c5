/**
 * The benchmarks' baseline: React and maplibre alone, drawing what the app's map draws — the same offline basemap,
 * provinces with labels, and the facilities clustered with icons (one icon made without a canvas) — with the
 * app's own layer specifications, so only the app's own code differs. Its files are served beside it by the
 * benchmark: /basemap.geojson, /provinces.geojson, /province-labels.geojson, /points.geojson. The facilities'
 * violation rings too (the app's layers, its cluster sums), drawn once `bench.show` gives counts. Marks the same
 * finish lines as the app: the first frame with facilities, and the first with everything the reader sees.
 * `?w=…&h=…` sizes the map as the app's is.
 */
import type { FeatureCollection, Point } from 'geojson';
import { createElement, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { LngLatBounds, Map as MaplibreMap, setWorkerUrl, type GeoJSONSource, type LayerSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { BASEMAP_LAND_LAYER, basemapLayers } from '../../../../src/map/basemapStyle';
import { CLUSTER_MAX_ZOOM, FACILITY_CLUSTER_LAYER, FACILITY_SELECTED_LAYER, facilityLayers } from '../../../../src/map/layers/facilityLayers';
import { PROVINCE_FILL_LAYER, PROVINCE_LABEL_LAYER, provinceLayers } from '../../../../src/map/layers/provinceLayers';
import { VIOLATION_CLUSTER_PROPERTIES, violationLayers } from '../../../../src/map/layers/violationLayers';

setWorkerUrl(workerUrl);

const SIZE = 26;
/** A filled circle with a dark rim, as RGBA pixels. */
function markerPixels(): Uint8Array {
  const pixels = new Uint8Array(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const distance = Math.hypot(x + 0.5 - SIZE / 2, y + 0.5 - SIZE / 2);
      const at = (y * SIZE + x) * 4;
      if (distance > 10.5) continue;
      const rim = distance > 8.5;
      pixels.set(rim ? [0, 0, 0, 220] : [230, 159, 0, 255], at);
    }
  }
  return pixels;
}

/** The app's facility layers with its violation rings under the clusters and under the markers, as it adds them. */
function facilityLayersWithRings(): LayerSpecification[] {
  const layers = facilityLayers(null);
  for (const { layer, under } of violationLayers()) {
    const at = layers.findIndex((item) => item.id === (under === 'clusters' ? FACILITY_CLUSTER_LAYER : FACILITY_SELECTED_LAYER));
    layers.splice(at, 0, layer);
  }
  return layers;
}

type Points = FeatureCollection<Point, { type: string; violations?: number }>;
type Labels = FeatureCollection<Point, { label: string }>;

function BareMap() {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const map = new MaplibreMap({
      container: container.current,
      bounds: [124.0, 37.5, 131.0, 43.1],
      fadeDuration: 0,
      style: {
        version: 8,
        sources: {
          basemap: { type: 'geojson', data: '/basemap.geojson' },
          provinces: { type: 'geojson', data: '/provinces.geojson', promoteId: 'pcode' },
          'province-labels': { type: 'geojson', data: '/province-labels.geojson' },
          facilities: {
            type: 'geojson',
            data: '/points.geojson',
            cluster: true,
            clusterMaxZoom: CLUSTER_MAX_ZOOM,
            clusterRadius: 40,
            clusterProperties: VIOLATION_CLUSTER_PROPERTIES,
          },
        },
        layers: [
          { id: 'background', type: 'background', paint: { 'background-color': '#0f1b24' } },
          ...basemapLayers(),
          ...provinceLayers(),
          ...facilityLayersWithRings(),
        ],
      },
    });
    map.addImage('marker', { width: SIZE, height: SIZE, data: markerPixels() });

    const drawn = (layers: string[]) => map.queryRenderedFeatures({ layers }).length > 0;
    const onRender = () => {
      if (!map.isSourceLoaded('facilities') || !drawn(['facility-points', 'facility-clusters'])) return;
      if (performance.getEntriesByName('bench:facilities-visible').length === 0) performance.mark('bench:facilities-visible');
      if (!['basemap', 'provinces', 'province-labels'].every((source) => map.isSourceLoaded(source))) return;
      if (!drawn([BASEMAP_LAND_LAYER]) || !drawn([PROVINCE_FILL_LAYER]) || !drawn([PROVINCE_LABEL_LAYER])) return;
      performance.mark('bench:map-complete');
      map.off('render', onRender);
    };
    map.on('render', onRender);
    let all: Points | null = null;
    let labels: Labels | null = null;
    let shownLabels = '';
    // As the app labels its provinces: the name, and the count of unlocated facilities that pass below it; sent
    // only when a label changes, as the app sends them.
    const relabel = (named: Labels, unlocated: number[]) => {
      const features = named.features.map((feature, index) => {
        const count = unlocated[index] ?? 0;
        return { ...feature, properties: { label: count > 0 ? `${feature.properties.label}\n(${count})` : feature.properties.label } };
      });
      const text = JSON.stringify(features);
      if (text === shownLabels) return;
      shownLabels = text;
      (map.getSource('province-labels') as GeoJSONSource).setData({ type: 'FeatureCollection', features });
    };
    const update = (features: Points['features']) => {
      (map.getSource('facilities') as GeoJSONSource).setData({ type: 'FeatureCollection', features });
      return new Promise<void>((resolve) => map.once('idle', () => resolve()));
    };
    const bench = {
      ready: new Promise<void>((resolve) => map.once('idle', () => resolve())),
      /**
       * Shows only facilities of `type` (all when null) and resolves with the milliseconds until idle. With `fit`,
       * the camera also fits them as the app's does after a filter (its padding and closest zoom), at the same time.
       */
      filter: async (type: string | null, fit = false) => {
        all ??= (await (await fetch('/points.geojson')).json()) as Points;
        const start = performance.now();
        const features = type ? all.features.filter((feature) => feature.properties.type === type) : all.features;
        const updated = update(features);
        if (fit) {
          const bounds = new LngLatBounds();
          for (const feature of features) bounds.extend(feature.geometry.coordinates as [number, number]);
          map.fitBounds(bounds, { padding: 60, maxZoom: 12, essential: true });
        }
        await updated;
        if (map.isMoving()) await new Promise<void>((resolve) => map.once('idle', () => resolve()));
        return performance.now() - start;
      },
      /**
       * Shows the facilities whose count passes (every one when `active` is false), each with its count for its
       * ring, and resolves with the milliseconds until idle. `counts` follows /points.geojson's order. With
       * `unlocated` (the unlocated facilities that pass, in /province-labels.geojson's order), the labels say them
       * as the app's do, so both pages draw the same pixels.
       */
      show: async (counts: number[], active: boolean, unlocated?: number[]) => {
        all ??= (await (await fetch('/points.geojson')).json()) as Points;
        labels ??= (await (await fetch('/province-labels.geojson')).json()) as Labels;
        const start = performance.now();
        const features = all.features.flatMap((feature, index) => {
          const violations = counts[index] ?? 0;
          return active && violations === 0 ? [] : [{ ...feature, properties: { ...feature.properties, violations } }];
        });
        const updated = update(features);
        if (unlocated) relabel(labels, unlocated);
        await updated;
        return performance.now() - start;
      },
    };
    Object.assign(window, { bench });
    return () => map.remove();
  }, []);
  const query = new URLSearchParams(location.search);
  const size = { width: query.get('w') ? `${query.get('w')}px` : '100%', height: query.get('h') ? `${query.get('h')}px` : '100%' };
  return createElement('div', { ref: container, style: size });
}

const root = document.getElementById('root');
if (root) createRoot(root).render(createElement(BareMap));
