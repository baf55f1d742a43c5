/**
 * The peer benchmark's page: facilities the way Uwazi (the platform NKPD's readers use) builds its map — React,
 * Leaflet with `preferCanvas`, every point an SVG `divIcon` marker with a tooltip in one default
 * `markerClusterGroup`. Uwazi's raster tiles are replaced by the app's own offline basemap GeoJSON (drawn on
 * Leaflet's canvas), since nothing here may reach the internet. Files served beside it: /basemap.geojson,
 * /points.geojson. Marks "bench:facilities-visible" in the first frame with markers in the page. `?w=…&h=…` sizes
 * the map as the app's is.
 */
import { createElement, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import type * as LeafletModule from 'leaflet';
import 'leaflet';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import type { FeatureCollection, Point } from 'geojson';

// leaflet.markercluster extends the global L (as in Uwazi's webpack build), not the ES module's namespace.
const L = (window as unknown as { L: typeof LeafletModule }).L;
const PIN = 'M12 0C5.4 0 0 5.4 0 12c0 9 12 28 12 28s12-19 12-28C24 5.4 18.6 0 12 0zm0 17a5 5 0 1 1 0-10 5 5 0 0 1 0 10z';
const icon = (colour: string) =>
  L.divIcon({ html: `<svg viewBox="0 0 24 40" fill="${colour}"><path d="${PIN}"/></svg>`, className: '', iconSize: [24, 40], iconAnchor: [12, 40] });

async function json<T>(url: string): Promise<T> {
  return (await (await fetch(url)).json()) as T;
}

function LeafletMap() {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const map = L.map(container.current, { preferCanvas: true, zoomControl: false, maxZoom: 20, minZoom: 2 });
    map.fitBounds([[37.5, 124.0], [43.1, 131.0]]);
    L.control.zoom({ position: 'bottomright' }).addTo(map);
    const points = json<FeatureCollection<Point, { name: string; type: string }>>('/points.geojson');
    void json<FeatureCollection>('/basemap.geojson').then((basemap) =>
      L.geoJSON(basemap, { style: () => ({ color: '#6f8b99', weight: 0.9, fillColor: '#2b3a3f', fillOpacity: 1 }) }).addTo(map),
    );
    void points.then((collection) => {
      const group = L.markerClusterGroup();
      const icons = new Map<string, L.DivIcon>();
      for (const feature of collection.features) {
        const [lon = 0, lat = 0] = feature.geometry.coordinates;
        const colour = `hsl(${(feature.properties.type.length * 47) % 360} 70% 50%)`;
        if (!icons.has(colour)) icons.set(colour, icon(colour));
        L.marker([lat, lon], { icon: icons.get(colour) }).bindTooltip(feature.properties.name).addTo(group);
      }
      group.addTo(map);
      const mark = () => {
        if (container.current?.querySelector('.leaflet-marker-icon')) performance.mark('bench:facilities-visible');
        else requestAnimationFrame(mark);
      };
      requestAnimationFrame(mark);
    });
    return () => void map.remove();
  }, []);
  const query = new URLSearchParams(location.search);
  const size = { width: query.get('w') ? `${query.get('w')}px` : '100%', height: query.get('h') ? `${query.get('h')}px` : '100%' };
  return createElement('div', { id: 'map', ref: container, style: { ...size, background: '#0f1b24' } });
}

const root = document.getElementById('root');
if (root) createRoot(root).render(createElement(LeafletMap));
