/**
 * Hover shows a facility's name (as text, never HTML), placed so it never covers the selected facility's marker;
 * a click selects a facility or opens a cluster.
 */
import { Popup, type GeoJSONSource, type LngLatLike, type Map as MaplibreMap, type MapLayerMouseEvent } from 'maplibre-gl';
import { tooltipAnchor } from './hoverPlacement';
import { FACILITY_CLUSTER_LAYER, FACILITY_POINT_LAYER, FACILITY_SOURCE } from './layers/facilityLayers';
import { PLAN_ROOM_LAYER } from './layers/planLayers';

export interface InteractionCallbacks {
  onSelect: (facilityId: string) => void;
  /** A room of a facility plan was clicked on the map. */
  onEnterRoom: (facilityId: string, roomId: string) => void;
}

/** The selected facility and where it stands, if it is on the map. */
export type SelectedPoint = () => { id: string; at: LngLatLike } | null;

/** `nameOf` gives a facility's hover text by its id (the map's data carries no names). */
export function wireInteractions(map: MaplibreMap, callbacks: InteractionCallbacks, selected: SelectedPoint, nameOf: (facilityId: string) => string | undefined): void {
  const popups = {
    bottom: new Popup({ closeButton: false, closeOnClick: false, offset: 14, anchor: 'bottom', className: 'facility-hover' }),
    top: new Popup({ closeButton: false, closeOnClick: false, offset: 14, anchor: 'top', className: 'facility-hover' }),
  };
  const canvas = map.getCanvas();
  const hide = () => Object.values(popups).forEach((popup) => popup.remove());

  map.on('mousemove', FACILITY_POINT_LAYER, (event: MapLayerMouseEvent) => {
    const feature = event.features?.[0];
    if (!feature || feature.geometry.type !== 'Point') return;
    canvas.style.cursor = 'pointer';
    const at = feature.geometry.coordinates as [number, number];
    const chosen = selected();
    const anchor = tooltipAnchor(map.project(at), chosen ? map.project(chosen.at) : null, chosen?.id === feature.properties.id);
    hide();
    const name = nameOf(String(feature.properties.id));
    if (anchor && name !== undefined) popups[anchor].setLngLat(at).setText(name).addTo(map);
  });
  map.on('mouseleave', FACILITY_POINT_LAYER, () => {
    canvas.style.cursor = '';
    hide();
  });
  map.on('click', FACILITY_POINT_LAYER, (event: MapLayerMouseEvent) => {
    const id = event.features?.[0]?.properties.id;
    if (typeof id === 'string') callbacks.onSelect(id);
  });

  map.on('click', PLAN_ROOM_LAYER, (event: MapLayerMouseEvent) => {
    const properties = event.features?.[0]?.properties;
    if (typeof properties?.facilityId === 'string' && typeof properties.roomId === 'string') callbacks.onEnterRoom(properties.facilityId, properties.roomId);
  });
  map.on('mouseenter', PLAN_ROOM_LAYER, () => (canvas.style.cursor = 'pointer'));
  map.on('mouseleave', PLAN_ROOM_LAYER, () => (canvas.style.cursor = ''));

  map.on('mouseenter', FACILITY_CLUSTER_LAYER, () => (canvas.style.cursor = 'zoom-in'));
  map.on('mouseleave', FACILITY_CLUSTER_LAYER, () => (canvas.style.cursor = ''));
  map.on('click', FACILITY_CLUSTER_LAYER, async (event: MapLayerMouseEvent) => {
    const feature = event.features?.[0];
    if (!feature || feature.geometry.type !== 'Point') return;
    const source = map.getSource(FACILITY_SOURCE) as GeoJSONSource;
    const zoom = await source.getClusterExpansionZoom(Number(feature.properties.cluster_id));
    map.easeTo({ center: feature.geometry.coordinates as [number, number], zoom });
  });
}
