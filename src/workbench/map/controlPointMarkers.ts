/**
 * A diagram's control points on the map as numbered markers (the same numbers as on the image and in the
 * residual table), draggable to correct where a point lies on the ground. Markers, so a drag never pans the map.
 */
import { Marker, type Map as MaplibreMap } from 'maplibre-gl';
import type { ControlPoint, LonLat } from '../../domain/workbench/workTypes';

export class ControlPointMarkers {
  private markers: Marker[] = [];

  constructor(
    private readonly map: MaplibreMap,
    private readonly onMoved: (pointId: string, lonLat: LonLat) => void,
    private readonly label: (number: number) => string,
  ) {}

  set(points: readonly ControlPoint[]): void {
    this.clear();
    points.forEach((point, index) => {
      const element = document.createElement('div');
      element.className = 'control-point-marker';
      element.textContent = String(index + 1);
      element.setAttribute('aria-label', this.label(index + 1));
      const marker = new Marker({ element, draggable: true }).setLngLat(point.map).addTo(this.map);
      marker.on('dragend', () => {
        const { lng, lat } = marker.getLngLat();
        this.onMoved(point.id, [lng, lat]);
      });
      this.markers.push(marker);
    });
  }

  clear(): void {
    for (const marker of this.markers) marker.remove();
    this.markers = [];
  }
}
