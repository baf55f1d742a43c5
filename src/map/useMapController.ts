/** Creates a MapController for a container element and removes it when the component goes away. */
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Camera } from '../store/urlState';
import { MapController, type MapCallbacks } from './MapController';

export function useMapController(
  container: RefObject<HTMLDivElement | null>,
  basemapUrl: string,
  initialCamera: Camera | null,
  callbacks: MapCallbacks,
): MapController | null {
  const [controller, setController] = useState<MapController | null>(null);
  // Callbacks change identity on every render; the map keeps calling the latest ones.
  const latest = useRef(callbacks);
  latest.current = callbacks;
  const camera = useRef(initialCamera);

  useEffect(() => {
    if (!container.current) return;
    const created = new MapController(container.current, basemapUrl, camera.current, {
      onSelect: (id) => latest.current.onSelect(id),
      onEnterRoom: (facilityId, roomId) => latest.current.onEnterRoom(facilityId, roomId),
      onMove: (next) => latest.current.onMove(next),
      onImageryStatus: (status) => latest.current.onImageryStatus(status),
      onFacilitiesDrawn: () => latest.current.onFacilitiesDrawn?.(),
    });
    setController(created);
    return () => {
      created.destroy();
      setController(null);
    };
  }, [container, basemapUrl]);

  return controller;
}
